package uk.joinedup.webui.security;

import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OidcBackChannelLogoutHandler;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.session.InMemoryOidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.web.SecurityFilterChain;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Every page but the start and signed-out pages needs a signed-in user. Sign-in is OpenID Connect
 * against identity-service with PKCE, asking for access tokens for case-service; the session gets a new
 * id at sign-in and every form carries a CSRF token (Spring Security's defaults). Sign-out ends the
 * identity-service session too, through {@link SignOutPage}; identity-service ends web-ui's sessions of
 * a user server to server (OpenID Connect back-channel logout, {@code POST
 * /logout/connect/back-channel/joinedup}, authenticated by its signed logout token, so without CSRF).
 * Signing in returns to the page the user was sent from ({@link PagesToReturnTo}). {@code /assets/**} is
 * open: GOV.UK Frontend's stylesheet names its GDS Transport fonts there, which JoinedUp (not a GOV.UK
 * service) does not serve, so a browser without Arial asking for them gets a plain 404, never a sign-in.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain pages(
            HttpSecurity http,
            ClientRegistrationRepository registrations,
            IdentityProviderProperties identity,
            TransportProperties transport,
            OidcSessionRegistry oidcSessions,
            PagesToReturnTo pagesToReturnTo,
            ObjectProvider<ThymeleafViewResolver> views)
            throws Exception {
        DefaultOAuth2AuthorizationRequestResolver withPkce =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcBackChannelLogoutHandler endSessions = new OidcBackChannelLogoutHandler(oidcSessions);
        endSessions.setSessionCookieName(transport.sessionCookieName());
        SecurityHeaders headers = new SecurityHeaders(identity, transport);
        return http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/",
                                "/signed-out",
                                "/favicon.ico",
                                "/webjars/**",
                                "/assets/**",
                                "/css/**",
                                "/js/**",
                                "/actuator/health/**",
                                "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .requestCache(cache -> cache.requestCache(pagesToReturnTo))
                .oauth2Login(
                        login -> login.loginPage("/oauth2/authorization/" + IdentityProviderProperties.REGISTRATION_ID)
                                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce)))
                .oidcLogout(logout -> logout.backChannel(backChannel -> backChannel.logoutHandler(endSessions)))
                .logout(logout -> logout.logoutSuccessHandler(new SignOutPage(identity, views)))
                .headers(headers::apply)
                .build();
    }

    /** Which web-ui session belongs to which identity-service session, for back-channel sign-out. */
    @Bean
    OidcSessionRegistry oidcSessionRegistry() {
        return new InMemoryOidcSessionRegistry();
    }

    @Bean
    ClientRegistrationRepository clientRegistrations(IdentityProviderProperties identity) {
        String backChannel = identity.backChannel();
        return new InMemoryClientRegistrationRepository(
                ClientRegistration.withRegistrationId(IdentityProviderProperties.REGISTRATION_ID)
                        .clientId(IdentityProviderProperties.CLIENT_ID)
                        .clientSecret(identity.clientSecret())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                        // profile: the UserInfo endpoint is read at sign-in (agency, team, roles); case-service: the
                        // access token's audience
                        .scope(OidcScopes.OPENID, OidcScopes.PROFILE, IdentityProviderProperties.CASE_SERVICE_SCOPE)
                        .issuerUri(identity.issuer())
                        .authorizationUri(identity.issuer() + "/oauth2/authorize")
                        .tokenUri(backChannel + "/oauth2/token")
                        .jwkSetUri(backChannel + "/oauth2/jwks")
                        .userInfoUri(backChannel + "/userinfo")
                        .userNameAttributeName(IdTokenClaimNames.SUB)
                        .providerConfigurationMetadata(Map.of("end_session_endpoint", identity.endSessionEndpoint()))
                        .clientName("JoinedUp")
                        .build());
    }

    /**
     * Hands out the signed-in user's access token, refreshing it when it has expired, for one request of a
     * session at a time ({@link OneRefreshAtATime}).
     */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager =
                new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return new OneRefreshAtATime(manager);
    }
}
