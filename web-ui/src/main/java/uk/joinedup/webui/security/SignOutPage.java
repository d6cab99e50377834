package uk.joinedup.webui.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.util.UrlUtils;
import org.springframework.web.servlet.View;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * After web-ui's session has ended, ends the identity-service session too (OpenID Connect RP-initiated
 * logout) without putting the ID token in an address: answers with a page whose form posts the hint to
 * identity-service, submitted by a script file as the page loads, with its button as the fallback.
 * identity-service then comes back to {@code /signed-out}. A sign-out because the session was about to
 * time out passes {@code state=timed-out} along, so that the page says why.
 */
final class SignOutPage implements LogoutSuccessHandler {

    static final String VIEW = "security/signing-out";
    static final String REASON_PARAMETER = "reason";
    static final String TIMED_OUT = "timed-out";

    private final IdentityProviderProperties identity;
    private final ObjectProvider<ThymeleafViewResolver> views;

    SignOutPage(IdentityProviderProperties identity, ObjectProvider<ThymeleafViewResolver> views) {
        this.identity = identity;
        this.views = views;
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        String signedOut = baseUrl(request) + "/signed-out";
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
            response.sendRedirect(signedOut);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("endSessionEndpoint", identity.endSessionEndpoint());
        model.put("idTokenHint", user.getIdToken().getTokenValue());
        model.put("clientId", IdentityProviderProperties.CLIENT_ID);
        model.put("postLogoutRedirectUri", signedOut);
        if (TIMED_OUT.equals(request.getParameter(REASON_PARAMETER))) {
            model.put("state", TIMED_OUT);
        }
        try {
            View view = views.getObject().resolveViewName(VIEW, request.getLocale());
            response.setContentType("text/html;charset=UTF-8");
            view.render(model, request, response);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot show the sign-out page", e);
        }
    }

    private static String baseUrl(HttpServletRequest request) {
        return UriComponentsBuilder.fromUriString(UrlUtils.buildFullRequestUrl(request))
                .replacePath(request.getContextPath())
                .replaceQuery(null)
                .fragment(null)
                .build()
                .toUriString();
    }
}
