package uk.joinedup.caseservice.infrastructure.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Health and the API description are public; everything else needs a valid access token. Reading
 * needs any signed-in user (what they see is the sharing policy's business); changing anything needs
 * a practitioner: a keyworker or a team manager. Administering sharing (consents, sharing agreements,
 * reviews of emergency overrides) is also open to information-governance officers; the aggregates
 * decide, by named rules, which of these roles may do what.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health/**",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html",
                                "/error")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .authenticated()
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/people/*/consents",
                                "/api/people/*/consents/*/withdrawal",
                                "/api/sharing-agreements",
                                "/api/sharing-agreements/*/revisions",
                                "/api/sharing-agreements/*/end",
                                "/api/emergency-access/*/review")
                        .hasAnyRole("KEYWORKER", "TEAM_MANAGER", "IG_OFFICER")
                        .requestMatchers("/api/**")
                        .hasAnyRole("KEYWORKER", "TEAM_MANAGER")
                        .anyRequest()
                        .denyAll())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(rolesAsAuthorities())))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** The token's {@code roles} claim becomes {@code ROLE_…} authorities. */
    private static JwtAuthenticationConverter rolesAsAuthorities() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }
}
