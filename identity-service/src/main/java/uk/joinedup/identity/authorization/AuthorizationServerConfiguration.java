package uk.joinedup.identity.authorization;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.Filter;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.oidc.web.authentication.OidcLogoutAuthenticationSuccessHandler;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import uk.joinedup.identity.infrastructure.SecurityHeaders;
import uk.joinedup.identity.infrastructure.SessionProperties;

/**
 * Spring Authorization Server with OpenID Connect, and the one client it serves: web-ui, which may ask
 * for the {@code case-service} scope (access tokens for case-service's API). Authorizations are kept
 * by {@link MongoAuthorizationService}; refresh tokens rotate on every use. Signing out through {@code
 * /connect/logout} (ID token hint in the body) ends that sign-in session everywhere.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    static final String WEB_CLIENT_ID = "joinedup-web";
    static final String CASE_SERVICE_SCOPE = "case-service";

    /**
     * The session package's filter that signs a browser out once its sign-in session was ended or its
     * user deactivated: {@code /oauth2/authorize} must not issue a code for such a session.
     */
    static final String OPEN_SESSIONS = "openSessionFilter";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(
            HttpSecurity http,
            UserInfoClaims userInfo,
            SessionEnding sessionEnding,
            @Qualifier(OPEN_SESSIONS) Filter openSessions,
            JWKSource<SecurityContext> signingKeys,
            IdentityProperties properties,
            SecurityHeaders headers)
            throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        return http.securityMatcher(server.getEndpointsMatcher())
                .with(
                        server,
                        configurer -> configurer.oidc(oidc -> oidc.userInfoEndpoint(
                                        endpoint -> endpoint.userInfoMapper(userInfo))
                                .logoutEndpoint(logout -> logout.logoutResponseHandler(signOut(sessionEnding)))))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // the userinfo endpoint takes access tokens (typed at+jwt, with a scope), never ID tokens
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(
                        jwt -> jwt.decoder(ApiSecurityConfiguration.accessTokens(signingKeys, properties))))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .addFilterAfter(openSessions, SecurityContextHolderFilter.class)
                .headers(headers::apply)
                .build();
    }

    /**
     * After Spring Authorization Server has checked the ID token hint: ends that sign-in session (its
     * refresh tokens, its sessions here and in web-ui), then signs the browser out and sends it back.
     */
    private static AuthenticationSuccessHandler signOut(SessionEnding sessionEnding) {
        OidcLogoutAuthenticationSuccessHandler standard = new OidcLogoutAuthenticationSuccessHandler();
        return (request, response, authentication) -> {
            if (authentication instanceof OidcLogoutAuthenticationToken logout
                    && logout.getIdToken() != null
                    && logout.getIdToken().getClaimAsString("sid") != null) {
                sessionEnding.signedOut(
                        logout.getIdToken().getSubject(),
                        logout.getIdToken().getClaimAsString("sid"),
                        request.getRemoteAddr());
            }
            standard.onAuthenticationSuccess(request, response, authentication);
        };
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    RegisteredClientRepository registeredClients(
            IdentityProperties properties, SessionProperties sessions, PasswordEncoder passwords) {
        if (properties.webClientSecret() == null || properties.webClientSecret().isBlank()) {
            throw new IllegalStateException("Set WEB_CLIENT_SECRET: the secret web-ui uses to redeem sign-ins");
        }
        RegisteredClient web = RegisteredClient.withId(
                        UUID.nameUUIDFromBytes(WEB_CLIENT_ID.getBytes()).toString())
                .clientId(WEB_CLIENT_ID)
                .clientName("JoinedUp")
                .clientSecret(passwords.encode(properties.webClientSecret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(properties.webUiUrl() + "/login/oauth2/code/joinedup")
                .postLogoutRedirectUri(properties.webUiUrl() + "/signed-out")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(CASE_SERVICE_SCOPE)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(properties.accessTokenTimeToLive())
                        .refreshTokenTimeToLive(sessions.absoluteTimeout())
                        .reuseRefreshTokens(false)
                        .build())
                .build();
        return new InMemoryRegisteredClientRepository(web);
    }
}
