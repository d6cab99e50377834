package uk.joinedup.caseservice.infrastructure.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Verifies each access token once: web-ui presents the same token on every call a user's pages make for
 * up to {@link AccessTokens#LONGEST_LIFETIME}, and checking its signature and parsing it again each time
 * was about a tenth of the processor time of a write. A token is remembered only after it passed every
 * check, by its whole text (so only the very same signed token matches), and only while it could still
 * be valid; its times are checked again on every use, so an expired token is refused exactly as before.
 * A refused token is never remembered.
 */
final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> stillValid;
    private final Cache<String, Jwt> verified;

    /**
     * @param verifier checks the signature and every rule
     * @param stillValid the rules that change with time (expiry, not-before), checked again on each use
     * @param capacity how many tokens to remember: about the users active within a token's lifetime
     * @param lifetime the longest a token is remembered: its longest lifetime and the clock's leeway
     */
    VerifiedTokens(JwtDecoder verifier, OAuth2TokenValidator<Jwt> stillValid, int capacity, Duration lifetime) {
        this.verifier = verifier;
        this.stillValid = stillValid;
        this.verified = Caffeine.newBuilder()
                .maximumSize(capacity)
                .expireAfterWrite(lifetime)
                .build();
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known != null && !stillValid.validate(known).hasErrors()) {
            return known;
        }
        verified.invalidate(token);
        Jwt checked = verifier.decode(token);
        verified.put(token, checked);
        return checked;
    }
}
