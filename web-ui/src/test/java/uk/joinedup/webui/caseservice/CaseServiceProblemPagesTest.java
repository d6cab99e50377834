package uk.joinedup.webui.caseservice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/** A sign-in that can no longer be renewed sends the user to sign in again, and back to the page they asked for. */
class CaseServiceProblemPagesTest {

    private final CaseServiceProblemPages pages = new CaseServiceProblemPages();

    @Test
    void aPageAskedForIsWhereSigningInAgainReturns() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/outcomes");
        request.setQueryString("scope=AGENCY");
        MockHttpServletResponse response = new MockHttpServletResponse();

        String view = pages.signInAgain(request, response);

        assertThat(view).isEqualTo("redirect:/oauth2/authorization/joinedup");
        SavedRequest saved = new HttpSessionRequestCache().getRequest(request, response);
        assertThat(saved).isNotNull();
        assertThat(saved.getRedirectUrl()).contains("/outcomes?scope=AGENCY");
    }

    @Test
    void aFormsSubmissionIsNotSentAgainAfterSigningIn() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/families/f-1/notes");
        MockHttpServletResponse response = new MockHttpServletResponse();

        pages.signInAgain(request, response);

        assertThat(new HttpSessionRequestCache().getRequest(request, response)).isNull();
    }
}
