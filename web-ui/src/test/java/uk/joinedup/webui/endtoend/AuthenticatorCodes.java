package uk.joinedup.webui.endtoend;

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
 * The authenticator app of every user the tests sign in as: RFC 6238 codes (SHA-1, 6 digits, 30-second
 * steps) from the demo users' secrets in identity-service's demo directory, or from a secret a test read
 * at enrolment. identity-service accepts a code only for a time step later than the last it accepted for
 * that user, within one step of now: so each code is for the current step, else the next one, else (both
 * used) the current step once the clock reaches it.
 */
final class AuthenticatorCodes {

    static final int PERIOD_SECONDS = 30;
    private static final Path DEMO_DIRECTORY = Path.of(
            System.getProperty("e2e.demo-directory", "../identity-service/src/main/resources/demo/directory.json"));

    private static final Map<String, String> secrets = new HashMap<>();
    private static final Map<String, Long> lastStepUsed = new HashMap<>();
    private static final DefaultCodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    private AuthenticatorCodes() {}

    /** A user's authenticator now holds this secret (read from the enrolment page). */
    static synchronized void enrol(String username, String secret) {
        secrets.put(username, secret.replaceAll("\\s", ""));
        lastStepUsed.remove(username);
    }

    /** A code identity-service has not yet accepted for this user; may wait up to 30 seconds for one. */
    static synchronized String next(String username) {
        String secret = secretOf(username);
        while (true) {
            long current = Instant.now().getEpochSecond() / PERIOD_SECONDS;
            long last = lastStepUsed.getOrDefault(username, Long.MIN_VALUE);
            if (last <= current + 1) {
                long step = Math.max(current, last + 1);
                lastStepUsed.put(username, step);
                return code(secret, step);
            }
            sleepUntilStep(current + 1);
        }
    }

    private static String secretOf(String username) {
        if (secrets.isEmpty()) {
            loadDemoSecrets();
        }
        String secret = secrets.get(username);
        if (secret == null) {
            throw new IllegalArgumentException("No authenticator secret known for " + username);
        }
        return secret;
    }

    private static void loadDemoSecrets() {
        try {
            JsonNode users =
                    new ObjectMapper().readTree(DEMO_DIRECTORY.toFile()).path("users");
            for (JsonNode user : users) {
                if (user.hasNonNull("totpSecret")) {
                    secrets.putIfAbsent(
                            user.path("username").asText(),
                            user.path("totpSecret").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo directory " + DEMO_DIRECTORY.toAbsolutePath(), e);
        }
    }

    private static String code(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleepUntilStep(long step) {
        long wait = step * PERIOD_SECONDS * 1000 - System.currentTimeMillis() + 200;
        try {
            Thread.sleep(Math.max(wait, 0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
