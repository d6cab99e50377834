package uk.joinedup.webui.caseservice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.savedrequest.SavedRequest;
import uk.joinedup.webui.security.PagesToReturnTo;

/** A sign-in that can no longer be renewed sends the user to sign in again, and back to the page they asked for. */
class CaseServiceProblemPagesTest {

    private final PagesToReturnTo pagesToReturnTo = new PagesToReturnTo();
    private final CaseServiceProblemPages pages = new CaseServiceProblemPages(pagesToReturnTo);

    @Test
    void aPageAskedForIsWhereSigningInAgainReturns() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/outcomes");
        request.setQueryString("scope=AGENCY");
        request.addHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        MockHttpServletResponse response = new MockHttpServletResponse();

        String view = pages.signInAgain(request, response);

        assertThat(view).isEqualTo("redirect:/oauth2/authorization/joinedup");
        SavedRequest saved = pagesToReturnTo.getRequest(request, response);
        assertThat(saved).isNotNull();
        assertThat(saved.getRedirectUrl()).contains("/outcomes?scope=AGENCY");
    }

    @Test
    void aFormsSubmissionIsNotSentAgainAfterSigningIn() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/families/f-1/notes");
        request.addHeader("Accept", "text/html");
        MockHttpServletResponse response = new MockHttpServletResponse();

        pages.signInAgain(request, response);

        assertThat(pagesToReturnTo.getRequest(request, response)).isNull();
    }
}
