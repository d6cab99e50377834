package uk.joinedup.webui.caseservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import uk.joinedup.webui.security.IdentityProviderProperties;
import uk.joinedup.webui.security.PageIdentity;
import uk.joinedup.webui.security.PagesToReturnTo;

/** A sign-in that can no longer be renewed sends the user to sign in again, and back to the page they asked for. */
class CaseServiceProblemPagesTest {

    private final PagesToReturnTo pagesToReturnTo = new PagesToReturnTo();
    private final CaseServiceProblemPages pages = new CaseServiceProblemPages(
            pagesToReturnTo, new PageIdentity(new IdentityProviderProperties("https://id.example", null, "secret")));

    @Test
    void aPageCaseServiceRefusesKeepsTheIdentityBarWithItsSignOut() {
        Model model = new ExtendedModelMap();
        OidcUser sam = new DefaultOidcUser(
                List.of(),
                new OidcIdToken("token", Instant.EPOCH, Instant.EPOCH.plusSeconds(60), Map.of("sub", "sam.patel")),
                new OidcUserInfo(Map.of("sub", "sam.patel", "name", "Sam Patel")));

        String view = pages.forbidden(sam, model, new MockHttpServletResponse());

        assertThat(view).isEqualTo("error/403");
        assertThat(model.getAttribute("user")).extracting("name").isEqualTo("Sam Patel");
        assertThat(model.getAttribute("identityPages"))
                .extracting("yourSessions")
                .isEqualTo("https://id.example/account/sessions");
    }

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
