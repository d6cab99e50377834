package uk.joinedup.identity.authorization;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.util.Collection;
import java.util.Objects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import uk.joinedup.identity.infrastructure.SecurityHeaders;

/**
 * {@code /api/**} is for other services acting for a signed-in user: it needs an access token this
 * service issued to web-ui ({@code typ: at+jwt}, with a {@code scope}), checked against this service's
 * own signing key (no network round trip). ID tokens are signed with the same key and name the same
 * audience, but are typed {@code JWT} and carry no {@code scope}: they are refused.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain api(
            HttpSecurity http,
            JWKSource<SecurityContext> signingKeys,
            IdentityProperties properties,
            SecurityHeaders headers)
            throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(accessTokens(signingKeys, properties))))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers::apply)
                .build();
    }

    static NimbusJwtDecoder accessTokens(JWKSource<SecurityContext> signingKeys, IdentityProperties properties) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, signingKeys));
        processor.setJWSTypeVerifier(
                new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType(TokenClaims.ACCESS_TOKEN_TYPE)));
        processor.setJWTClaimsSetVerifier((claims, context) -> {}); // the validators below check the claims
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer()),
                new JwtClaimValidator<Collection<String>>(
                        JwtClaimNames.AUD,
                        audience ->
                                audience != null && audience.contains(AuthorizationServerConfiguration.WEB_CLIENT_ID)),
                new JwtClaimValidator<Object>("scope", Objects::nonNull)));
        return decoder;
    }
}
