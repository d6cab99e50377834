package uk.joinedup.webui.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Hands out a session's access token to one request of that session at a time. identity-service rotates
 * refresh tokens (each works once: a stolen one is caught when the real one is used), so two requests of one
 * session that both found the access token about to expire and both refreshed it would leave the second with a
 * refresh token already spent: its refresh would fail and the user would be sent to sign in again. One at a
 * time, the second finds the token the first refreshed. The lock is one of a fixed set, chosen by the session's
 * id: sessions that share one wait only for each other's look-up of a token, which is a read of their session
 * unless it is being refreshed.
 */
final class OneRefreshAtATime implements OAuth2AuthorizedClientManager {

    private static final int LOCKS = 64;

    private final OAuth2AuthorizedClientManager manager;
    private final Object[] locks = new Object[LOCKS];

    OneRefreshAtATime(OAuth2AuthorizedClientManager manager) {
        this.manager = manager;
        for (int i = 0; i < LOCKS; i++) {
            locks[i] = new Object();
        }
    }

    @Override
    public OAuth2AuthorizedClient authorize(OAuth2AuthorizeRequest request) {
        HttpSession session = sessionOf(request);
        if (session == null) {
            return manager.authorize(request);
        }
        synchronized (locks[Math.floorMod(session.getId().hashCode(), LOCKS)]) {
            return manager.authorize(request);
        }
    }

    private static HttpSession sessionOf(OAuth2AuthorizeRequest request) {
        HttpServletRequest servletRequest = request.getAttribute(HttpServletRequest.class.getName());
        if (servletRequest == null
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            servletRequest = attributes.getRequest();
        }
        return servletRequest == null ? null : servletRequest.getSession(false);
    }
}
