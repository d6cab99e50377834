package uk.joinedup.webui.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The demo users' authenticator app: RFC 6238 codes (SHA-1, 6 digits, 30-second steps) from their secrets
 * in identity-service's demo directory. identity-service takes a code only for a step later than the last
 * it took for that user, within one step of now: each code is for the current step, else the next, else
 * (both used) waits for the clock. The same rule as the browser tests' {@code AuthenticatorCodes}.
 */
final class DemoAuthenticator {

    private static final int PERIOD_SECONDS = 30;
    private static final Path DEMO_DIRECTORY = Path.of("../identity-service/src/main/resources/demo/directory.json");

    private final Map<String, String> secrets = new HashMap<>();
    private final Map<String, Long> lastStepUsed = new HashMap<>();
    private final DefaultCodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    DemoAuthenticator() {
        try {
            for (JsonNode user :
                    new ObjectMapper().readTree(DEMO_DIRECTORY.toFile()).path("users")) {
                if (user.hasNonNull("totpSecret")) {
                    secrets.put(
                            user.path("username").asText(),
                            user.path("totpSecret").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo directory " + DEMO_DIRECTORY.toAbsolutePath(), e);
        }
    }

    /** A code identity-service has not yet accepted for this user; may wait up to 30 seconds for one. */
    synchronized String next(String username) throws InterruptedException {
        String secret = secrets.get(username);
        if (secret == null) {
            throw new IllegalArgumentException("No authenticator secret in the demo directory for " + username);
        }
        while (true) {
            long current = Instant.now().getEpochSecond() / PERIOD_SECONDS;
            long last = lastStepUsed.getOrDefault(username, Long.MIN_VALUE);
            if (last <= current) {
                long step = Math.max(current, last + 1);
                lastStepUsed.put(username, step);
                return code(secret, step);
            }
            Thread.sleep(Math.max((current + 1) * PERIOD_SECONDS * 1000 - System.currentTimeMillis() + 200, 0));
        }
    }

    private String code(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
