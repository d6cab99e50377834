package uk.joinedup.webui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Signing out of web-ui answers a page that ends the identity-service session with the ID token in a
 * form's body (never in an address); back-channel sign-out is reachable without CSRF; pages offer
 * identity-service's pages by the roles UserInfo gave.
 */
@SpringBootTest(properties = {"joinedup.identity.issuer=https://identity.example", "joinedup.identity.client-secret=s"})
@AutoConfigureMockMvc
class SignInAndOutTest {

    private static final String ID_TOKEN = "eyJhbGciOiJSUzI1NiJ9.the-id-token.signature";

    @Autowired
    private MockMvc mvc;

    @Test
    void signingOutAnswersAPageWhoseFormPostsTheIdTokenToIdentityService() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult result = mvc.perform(
                        post("/logout").session(session).with(csrf()).with(keyworker()))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Location"))
                .andReturn();

        String page = result.getResponse().getContentAsString();
        assertThat(page)
                .contains(
                        "<form method=\"post\" id=\"identity-sign-out-form\" action=\"https://identity.example/connect/logout\">")
                .contains("<input type=\"hidden\" name=\"id_token_hint\" value=\"" + ID_TOKEN + "\">")
                .contains("<input type=\"hidden\" name=\"client_id\" value=\"joinedup-web\">")
                .contains(
                        "<input type=\"hidden\" name=\"post_logout_redirect_uri\" value=\"http://localhost/signed-out\">")
                .contains("<script src=\"/js/sign-out.js\"></script>")
                .contains("Continue")
                .doesNotContain("_csrf")
                .doesNotContain("name=\"state\"");
        assertThat(session.isInvalid()).as("web-ui's session ended").isTrue();
    }

    @Test
    void aSignOutAtTheTimeoutAsksIdentityServiceToSaySo() throws Exception {
        String page = mvc.perform(post("/logout")
                        .param("reason", "timed-out")
                        .with(csrf())
                        .with(keyworker()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("<input type=\"hidden\" name=\"state\" value=\"timed-out\">");
    }

    @Test
    void theSignedOutPageSaysWhenTheTimeoutSignedTheUserOut() throws Exception {
        assertThat(body(get("/signed-out?state=timed-out"))).contains("For your security, we signed you out");
        assertThat(body(get("/signed-out"))).contains("You have signed out").doesNotContain("For your security");
    }

    @Test
    void signingOutWithoutACsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/logout").with(keyworker())).andExpect(status().isForbidden());
    }

    @Test
    void signingOutWhenNotSignedInGoesStraightToTheSignedOutPage() throws Exception {
        mvc.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("http://localhost/signed-out"));
    }

    @Test
    void backChannelSignOutNeedsNoCsrfTokenButAValidLogoutToken() throws Exception {
        mvc.perform(post("/logout/connect/back-channel/joinedup").param("logout_token", "not-a-token"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void signedInPagesLinkToYourSessionsAndCarryTheTimeoutWarning() throws Exception {
        String page = body(get("/signed-out").with(keyworker()));

        assertThat(page)
                .contains("href=\"https://identity.example/account/sessions\"")
                .contains("id=\"timeout-dialog\"")
                .contains("data-idle-seconds=\"1800\"")
                .contains("data-warning-seconds=\"120\"")
                .contains("data-keep-alive=\"/session/keep-alive\"")
                .doesNotContain("https://identity.example/admin");
    }

    @Test
    void administratorsAreOfferedIdentityServicesAdministrationPages() throws Exception {
        assertThat(body(get("/signed-out").with(withUserInfoRoles("AGENCY_ADMIN"))))
                .contains("href=\"https://identity.example/admin\"");
        assertThat(body(get("/signed-out").with(withUserInfoRoles("SYSTEM_ADMIN"))))
                .contains("href=\"https://identity.example/admin\"");
    }

    @Test
    void anAdministratorWhoWorksWithNoFamilyIsSentOnToAdministration() throws Exception {
        assertThat(body(get("/").with(withUserInfoRoles("AGENCY_ADMIN"))))
                .contains("Manage JoinedUp users")
                .contains("href=\"https://identity.example/admin\"")
                .doesNotContain("My caseload");
    }

    @Test
    void rolesInTheIdTokenAreIgnored() throws Exception {
        OidcLoginRequestPostProcessor adminInIdTokenOnly = oidcLogin()
                .idToken(token ->
                        token.tokenValue(ID_TOKEN).subject("jo.carter").claim("roles", List.of("SYSTEM_ADMIN")))
                .userInfoToken(info -> info.subject("jo.carter").claim("roles", List.of("KEYWORKER")));

        assertThat(body(get("/signed-out").with(adminInIdTokenOnly))).doesNotContain("https://identity.example/admin");
    }

    @Test
    void keepAliveAnswersNoContentWhileSignedInAndSendsOthersToSignIn() throws Exception {
        mvc.perform(get("/session/keep-alive").with(keyworker())).andExpect(status().isNoContent());
        mvc.perform(get("/session/keep-alive")).andExpect(status().isFound());
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static OidcLoginRequestPostProcessor keyworker() {
        return withUserInfoRoles("KEYWORKER");
    }

    private static OidcLoginRequestPostProcessor withUserInfoRoles(String... roles) {
        return oidcLogin()
                .idToken(token -> token.tokenValue(ID_TOKEN).subject("jo.carter"))
                .userInfoToken(info -> info.subject("jo.carter")
                        .claim("name", "Jo Carter")
                        .claim("agency", "southampton-probation")
                        .claim("agency_name", "Hampshire and Isle of Wight Probation")
                        .claim("roles", List.of(roles)));
    }
}
