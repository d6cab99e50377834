package uk.joinedup.caseservice.infrastructure.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Which tokens case-service accepts: identity-service's access tokens for this API, and nothing else
 * it signs. identity-service signs ID tokens with the same key, issuer and audience, so those three are
 * not enough: a token must also be typed as a JWT access token ({@code typ: at+jwt}, RFC 9068), carry
 * the scope {@value #SCOPE}, and be valid for at most {@link #LONGEST_LIFETIME}, so that a deactivated
 * user's last token stops working within that time. ({@code client_id} and {@code jti}, which RFC 9068
 * also asks for, are not required: this service does not use them, and Spring Authorization Server does
 * not issue {@code client_id} by default.)
 */
@Configuration(proxyBeanMethods = false)
class AccessTokens {

    /** The scope identity-service grants web-ui for calling this API. */
    static final String SCOPE = "case-service";

    /** The longest an access token may be valid for, from issue to expiry. */
    static final Duration LONGEST_LIFETIME = Duration.ofMinutes(5);

    /** How many verified tokens are remembered: far more than the users active within five minutes. */
    static final int REMEMBERED_TOKENS = 5_000;

    /** The leeway the time checks allow for clocks that differ ({@link JwtTimestampValidator}'s default). */
    private static final Duration CLOCK_LEEWAY = Duration.ofMinutes(1);

    @Bean
    JwtDecoder accessTokenDecoder(OAuth2ResourceServerProperties properties) {
        OAuth2ResourceServerProperties.Jwt jwt = properties.getJwt();
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwt.getJwkSetUri())
                .jwsAlgorithms(algorithms -> jwt.getJwsAlgorithms().stream()
                        .map(SignatureAlgorithm::from)
                        .forEach(algorithms::add))
                // the type is checked with the other rules below, and refused like them
                .validateType(false)
                .build();
        decoder.setJwtValidator(validator(jwt.getIssuerUri(), jwt.getAudiences()));
        return new VerifiedTokens(
                decoder, new JwtTimestampValidator(), REMEMBERED_TOKENS, LONGEST_LIFETIME.plus(CLOCK_LEEWAY));
    }

    /**
     * The type {@code at+jwt}, the issuer, a subject, the times (with a minute's leeway), the audience, the
     * scope and the lifetime.
     */
    static OAuth2TokenValidator<Jwt> validator(String issuer, List<String> audiences) {
        return JwtValidators.createDefaultWithValidators(List.of(
                new JwtTypeValidator("at+jwt", "application/at+jwt"),
                new JwtIssuerValidator(issuer),
                new JwtClaimValidator<Object>(JwtClaimNames.SUB, Objects::nonNull),
                audience(audiences),
                scope(),
                lifetime()));
    }

    private static OAuth2TokenValidator<Jwt> audience(List<String> audiences) {
        return new JwtClaimValidator<Collection<String>>(
                JwtClaimNames.AUD,
                audience -> audience != null && audience.stream().anyMatch(audiences::contains));
    }

    /** {@code scope} names {@value #SCOPE}: a space-separated string (RFC 9068) or a list. */
    static OAuth2TokenValidator<Jwt> scope() {
        return token -> scopes(token.getClaim("scope")).contains(SCOPE)
                ? OAuth2TokenValidatorResult.success()
                : refused("The token is not for this API: its scope does not include " + SCOPE);
    }

    /** Valid for no longer than {@link #LONGEST_LIFETIME} (an ID token lives longer). */
    static OAuth2TokenValidator<Jwt> lifetime() {
        return token -> {
            Instant issued = token.getIssuedAt();
            Instant expires = token.getExpiresAt();
            return issued != null
                            && expires != null
                            && Duration.between(issued, expires).compareTo(LONGEST_LIFETIME) <= 0
                    ? OAuth2TokenValidatorResult.success()
                    : refused("The token is valid for longer than " + LONGEST_LIFETIME.toMinutes() + " minutes");
        };
    }

    private static Collection<?> scopes(Object claim) {
        if (claim instanceof String spaceSeparated) {
            return Arrays.asList(spaceSeparated.trim().split("\\s+"));
        }
        if (claim instanceof Collection<?> list) {
            return list;
        }
        return List.of();
    }

    private static OAuth2TokenValidatorResult refused(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
    }
}
