package uk.joinedup.caseservice.infrastructure.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Who may call what, decided by the roles of the access token ({@link AccessTokens} says which tokens
 * count). Health is public. Published material (the fact catalogue, sharing agreements) is open to any
 * signed-in user. Reading about people and families needs a keyworker, a team manager or an
 * information-governance officer (what each of them sees is the sharing policy's business); the access
 * log needs an officer. Changing anything needs a practitioner (a keyworker or a team manager), except
 * administering sharing: consents are also recorded by officers, agreements only by officers, and
 * emergency overrides are reviewed by officers and team managers. Administrators (agency and system)
 * manage users in identity-service: case-service answers them nothing about people or families. The
 * aggregates still decide, by named rules, what each role may do to each record.
 *
 * <p>The API description needs a signed-in user; with {@code joinedup.api-docs.public} (development) it
 * and Swagger UI are public. Every response carries the security headers of {@link #headers}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml"};
    private static final String[] SWAGGER_UI = {"/swagger-ui.html", "/swagger-ui/**"};

    private static final String[] PRACTITIONERS = {"KEYWORKER", "TEAM_MANAGER"};
    private static final String[] READERS = {"KEYWORKER", "TEAM_MANAGER", "IG_OFFICER"};

    /** An API answers JSON: it loads nothing, and no page may frame it. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** Swagger UI's page loads its own scripts, styles and images and fetches the API description. */
    static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** Every powerful browser feature off; an API needs none. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(),"
            + " encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), idle-detection=(),"
            + " magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(),"
            + " publickey-credentials-get=(), screen-wake-lock=(), serial=(), sync-xhr=(), usb=(), web-share=(),"
            + " xr-spatial-tracking=()";

    /** HSTS lasts a year. */
    private static final int HSTS_MAX_AGE_SECONDS = 31_536_000;

    private final TransportProperties transport;

    SecurityConfiguration(TransportProperties transport) {
        this.transport = transport;
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        Refusals refusals = new Refusals();
        return headers(http, API_POLICY)
                .authorizeHttpRequests(requests -> requests
                        // public
                        .requestMatchers("/actuator/health/**", "/error")
                        .permitAll()
                        // any signed-in user (the publicApiDocs chain below makes these public in development)
                        .requestMatchers(API_DOCS)
                        .authenticated()
                        .requestMatchers(GET, "/api/fact-types", "/api/sharing-agreements", "/api/sharing-agreements/*")
                        .authenticated()
                        // data extracts: their agency's data officers only, reading and writing
                        .requestMatchers("/api/imports", "/api/imports/**")
                        .hasRole("DATA_OFFICER")
                        // early identification: the early-help team's managers only, reading and deciding
                        .requestMatchers("/api/identification", "/api/identification/**")
                        .access(SecurityConfiguration::earlyHelpManager)
                        // subject access: information-governance officers only, reading and deciding (ADR 32)
                        .requestMatchers("/api/subject-access-requests", "/api/subject-access-requests/**")
                        .hasRole("IG_OFFICER")
                        // erasures: information-governance officers only, reading and deciding (ADR 31)
                        .requestMatchers("/api/erasures", "/api/erasures/**")
                        .hasRole("IG_OFFICER")
                        // reading
                        .requestMatchers(GET, "/api/access-log", "/api/access-log.csv", "/api/access-log/**")
                        .hasRole("IG_OFFICER")
                        .requestMatchers(GET, "/api/retention/**")
                        .hasRole("IG_OFFICER")
                        .requestMatchers(GET, "/api/caseload/team")
                        .hasRole("TEAM_MANAGER")
                        .requestMatchers(GET, "/api/outcomes/caseload-overview", "/api/outcomes/caseload-overview/**")
                        .hasRole("TEAM_MANAGER")
                        .requestMatchers(GET, "/api/budgets/**")
                        .hasRole("TEAM_MANAGER")
                        .requestMatchers(GET, "/api/costs/**")
                        .hasRole("TEAM_MANAGER")
                        .requestMatchers(GET, "/api/outcomes/indicators", "/api/outcomes/indicators/**")
                        .hasRole("TEAM_MANAGER")
                        .requestMatchers("/api/outcomes/claims", "/api/outcomes/claims/**")
                        .hasRole("TEAM_MANAGER")
                        .requestMatchers(GET, "/api/**")
                        .hasAnyRole(READERS)
                        // administering sharing
                        .requestMatchers(POST, "/api/people/*/consents", "/api/people/*/consents/*/withdrawal")
                        .hasAnyRole(READERS)
                        .requestMatchers(POST, "/api/sharing-agreements", "/api/sharing-agreements/**")
                        .hasRole("IG_OFFICER")
                        .requestMatchers(POST, "/api/emergency-access/*/review")
                        .hasAnyRole("IG_OFFICER", "TEAM_MANAGER")
                        // casework
                        .requestMatchers(POST, "/api/**")
                        .hasAnyRole(PRACTITIONERS)
                        .anyRequest()
                        .denyAll())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(rolesAsAuthorities()))
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** In development only: the API description and Swagger UI for anyone, under Swagger UI's own policy. */
    @Bean
    @Order(1)
    @ConditionalOnProperty(name = "joinedup.api-docs.public", havingValue = "true")
    SecurityFilterChain publicApiDocs(HttpSecurity http) throws Exception {
        return headers(http, SWAGGER_UI_POLICY)
                .securityMatcher(concat(API_DOCS, SWAGGER_UI))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * The headers on every response, besides Spring Security's defaults ({@code X-Content-Type-Options:
     * nosniff}, {@code X-Frame-Options: DENY}, {@code Cache-Control: no-store}): the content security
     * policy given, no referrer, no powerful feature, and, when callers come over TLS ({@link
     * TransportProperties}), HSTS on every response, whether or not a proxy in front said so.
     */
    private HttpSecurity headers(HttpSecurity http, String contentSecurityPolicy) throws Exception {
        return http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(hsts -> {
                    if (transport.tls()) {
                        hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                                .includeSubDomains(true)
                                .maxAgeInSeconds(HSTS_MAX_AGE_SECONDS);
                    } else {
                        hsts.disable();
                    }
                }));
    }

    /**
     * A team manager of an early-help agency (the token's {@code agency_kind} claim): who looks for families who
     * may meet a programme's criteria (ADR 29). Nothing of that list is shown to anyone else.
     */
    private static AuthorizationDecision earlyHelpManager(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        Authentication who = authentication.get();
        boolean manager = who != null
                && who.getAuthorities().stream()
                        .anyMatch(authority -> "ROLE_TEAM_MANAGER".equals(authority.getAuthority()));
        boolean earlyHelp = who instanceof JwtAuthenticationToken token
                && "EARLY_HELP".equals(token.getToken().getClaimAsString("agency_kind"));
        return new AuthorizationDecision(manager && earlyHelp);
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

    private static String[] concat(String[] first, String[] second) {
        String[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
