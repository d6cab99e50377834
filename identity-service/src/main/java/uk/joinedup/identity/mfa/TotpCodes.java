package uk.joinedup.identity.mfa;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * RFC 6238 codes: HMAC-SHA1, 6 digits, 30-second steps; a code is accepted for its own step and the
 * steps either side (clock drift). Which step matched is returned, so that a code cannot be used twice.
 */
public final class TotpCodes {

    public static final int PERIOD_SECONDS = 30;
    public static final int DIGITS = 6;
    private static final int DRIFT_STEPS = 1;

    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    /** A new random secret: 32 base32 characters, 160 bits. */
    public String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
    }

    public String code(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Cannot compute a TOTP code", e);
        }
    }

    /** The step whose code this is, within the drift allowed around {@code now}; every step is compared. */
    public OptionalLong matchingStep(String secret, String code, Instant now) {
        String entered = code == null ? "" : code.replaceAll("\\s", "");
        if (!entered.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        long matched = Long.MIN_VALUE;
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            boolean same = MessageDigest.isEqual(
                    code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    entered.getBytes(StandardCharsets.US_ASCII));
            if (same && matched == Long.MIN_VALUE) {
                matched = step;
            }
        }
        return matched == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(matched);
    }

    /** The {@code otpauth://} address an authenticator app reads from the QR code. */
    public static String keyUri(String secret, String username, String issuer) {
        return new QrData.Builder()
                .label(username)
                .secret(secret)
                .issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS)
                .period(PERIOD_SECONDS)
                .build()
                .getUri();
    }
}
