package uk.joinedup.identity.login;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import uk.joinedup.identity.audit.AuditEventType;
import uk.joinedup.identity.directory.DirectoryUser;
import uk.joinedup.identity.infrastructure.SecurityHeaders;
import uk.joinedup.identity.session.OpenSessionFilter;
import uk.joinedup.identity.session.SignOut;

/**
 * The pages' security chain: the sign-in pages, invitation and reset links, the demo codes page (which
 * exists only with demo data) and static files are open (also {@code /assets/**}, where GOV.UK Frontend's
 * stylesheet names the GDS Transport fonts this service does not serve: a browser without Arial gets a 404
 * rather than a sign-in that would replace the page to return to); the administration pages need an administrator (each page then checks which agency); everything else a
 * signed-in user. CSRF protection on every form. Signing out here ends the sign-in session everywhere
 * (this service, its refresh tokens, web-ui).
 */
@Configuration(proxyBeanMethods = false)
class LoginSecurityConfiguration {

    @Bean
    @Order(3)
    SecurityFilterChain pages(
            HttpSecurity http, SignOut signOut, OpenSessionFilter openSessions, SecurityHeaders headers)
            throws Exception {
        return http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/login/**",
                                "/invitation/**",
                                "/demo/**",
                                "/webjars/**",
                                "/assets/**",
                                "/css/**",
                                "/js/**",
                                "/favicon.ico",
                                "/actuator/health/**",
                                "/error")
                        .permitAll()
                        .requestMatchers("/admin", "/admin/**")
                        .hasAnyRole("AGENCY_ADMIN", "SYSTEM_ADMIN")
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .logout(logout -> logout.logoutUrl("/logout")
                        .addLogoutHandler((request, response, authentication) ->
                                endSession(signOut, request.getRemoteAddr(), authentication))
                        .logoutSuccessUrl("/login?logout"))
                .addFilterAfter(openSessions, SecurityContextHolderFilter.class)
                .headers(headers::apply)
                .build();
    }

    private static void endSession(SignOut signOut, String address, Authentication authentication) {
        if (authentication != null
                && authentication.getPrincipal() instanceof DirectoryUser user
                && user.sid() != null) {
            signOut.end(user.getUsername(), user.sid(), user.getUsername(), address, AuditEventType.SIGNED_OUT);
        }
    }
}
