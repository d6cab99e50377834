package uk.joinedup.identity.session;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import uk.joinedup.identity.directory.Directory;
import uk.joinedup.identity.infrastructure.SessionProperties;

/**
 * The session registry Spring Authorization Server reads a session's id from for ID tokens' {@code
 * sid}, kept up to date by session events; {@link LiveSessions}; and the {@link OpenSessionFilter} the
 * security chains run.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    ServletListenerRegistrationBean<HttpSessionEventPublisher> sessionEvents() {
        return new ServletListenerRegistrationBean<>(new HttpSessionEventPublisher());
    }

    @Bean
    OpenSessionFilter openSessionFilter(SignInSessions sessions, Directory directory) {
        return new OpenSessionFilter(sessions, directory);
    }

    /** Only inside the security chains, where the security context is loaded: not as a servlet filter. */
    @Bean
    FilterRegistrationBean<OpenSessionFilter> openSessionFilterOutsideTheChains(OpenSessionFilter filter) {
        FilterRegistrationBean<OpenSessionFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    LiveSessions liveSessions(SessionProperties properties) {
        return new LiveSessions(properties);
    }

    @Bean
    ServletListenerRegistrationBean<LiveSessions> liveSessionsListener(LiveSessions sessions) {
        return new ServletListenerRegistrationBean<>(sessions);
    }
}
