package uk.joinedup.caseservice.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

class VerifiedTokensTest {

    private static final Instant ISSUED = Instant.parse("2026-12-02T10:00:00Z");

    private final List<String> verifications = new ArrayList<>();
    private final MovableClock clock = new MovableClock(ISSUED);
    private final JwtTimestampValidator times = timesAt(clock);

    /** Verifies "good-*" tokens, valid for five minutes from {@link #ISSUED}, and refuses any other. */
    private final JwtDecoder verifier = token -> {
        verifications.add(token);
        if (!token.startsWith("good-")) {
            throw new BadJwtException("bad signature");
        }
        Jwt jwt = Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject(token)
                .issuedAt(ISSUED)
                .expiresAt(ISSUED.plus(Duration.ofMinutes(5)))
                .build();
        if (times.validate(jwt).hasErrors()) {
            throw new BadJwtException("expired");
        }
        return jwt;
    };

    private final VerifiedTokens tokens = new VerifiedTokens(verifier, times, 100, Duration.ofMinutes(6));

    @Test
    void aTokenPresentedAgainIsNotVerifiedAgain() {
        Jwt first = tokens.decode("good-alice");
        Jwt again = tokens.decode("good-alice");

        assertThat(again).isSameAs(first);
        assertThat(verifications).containsExactly("good-alice");
    }

    @Test
    void eachTokenIsVerifiedOnItsOwn() {
        assertThat(tokens.decode("good-alice").getSubject()).isEqualTo("good-alice");
        assertThat(tokens.decode("good-bob").getSubject()).isEqualTo("good-bob");

        assertThat(verifications).containsExactly("good-alice", "good-bob");
    }

    @Test
    void aRefusedTokenIsRefusedEveryTimeAndNeverRemembered() {
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(verifications).containsExactly("forged", "forged");
    }

    @Test
    void aRememberedTokenIsRefusedOnceItHasExpired() {
        tokens.decode("good-alice");
        clock.set(ISSUED.plus(Duration.ofMinutes(5)).plus(Duration.ofSeconds(61)));

        assertThatThrownBy(() -> tokens.decode("good-alice")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).containsExactly("good-alice", "good-alice");
    }

    @Test
    void aRememberedTokenIsStillAcceptedWithinTheClockLeeway() {
        tokens.decode("good-alice");
        clock.set(ISSUED.plus(Duration.ofMinutes(5)).plus(Duration.ofSeconds(59)));

        assertThat(tokens.decode("good-alice").getSubject()).isEqualTo("good-alice");
        assertThat(verifications).containsExactly("good-alice");
    }

    private static JwtTimestampValidator timesAt(Clock clock) {
        JwtTimestampValidator validator = new JwtTimestampValidator();
        validator.setClock(clock);
        return validator;
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
