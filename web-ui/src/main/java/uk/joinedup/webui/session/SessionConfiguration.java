package uk.joinedup.webui.session;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import uk.joinedup.webui.security.TransportProperties;

/**
 * The session cookie, every session's idle timeout (to the second: the servlet container's own setting
 * counts whole minutes), and session events for Spring Security (so that back-channel sign-out forgets
 * sessions that ended).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    SessionCookie sessionCookie(TransportProperties transport) {
        return new SessionCookie(transport);
    }

    @Bean
    ServletListenerRegistrationBean<HttpSessionListener> idleTimeout(SessionProperties properties) {
        int seconds = Math.toIntExact(properties.idleTimeout().toSeconds());
        return new ServletListenerRegistrationBean<>(new HttpSessionListener() {
            @Override
            public void sessionCreated(HttpSessionEvent event) {
                event.getSession().setMaxInactiveInterval(seconds);
            }
        });
    }

    @Bean
    ServletListenerRegistrationBean<HttpSessionEventPublisher> sessionEvents() {
        return new ServletListenerRegistrationBean<>(new HttpSessionEventPublisher());
    }
}
