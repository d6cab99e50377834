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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The authenticator app of every user the tests sign in as: RFC 6238 codes (SHA-1, 6 digits, 30-second
 * steps) from the demo users' secrets in identity-service's demo directory, or from a secret a test read
 * at enrolment. identity-service accepts a code only for a time step later than the last it accepted for
 * that user, within one step of now: so each code is for the current step, else the next one, else (both
 * used) the current step once the clock reaches it. Tests running beside each other may sign in as the same
 * user: a code is read and submitted while that user's authenticator is held, so codes reach
 * identity-service in the order of their steps.
 */
final class AuthenticatorCodes {

    static final int PERIOD_SECONDS = 30;
    private static final Path DEMO_DIRECTORY = Path.of(
            System.getProperty("e2e.demo-directory", "../identity-service/src/main/resources/demo/directory.json"));

    private static final Map<String, String> secrets = new ConcurrentHashMap<>();
    private static final Map<String, Long> lastStepUsed = new ConcurrentHashMap<>();
    private static final Map<String, Object> authenticators = new ConcurrentHashMap<>();
    private static final DefaultCodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    private AuthenticatorCodes() {}

    /** A user's authenticator now holds this secret (read from the enrolment page). */
    static void enrol(String username, String secret) {
        synchronized (authenticatorOf(username)) {
            secrets.put(username, secret.replaceAll("\\s", ""));
            lastStepUsed.remove(username);
        }
    }

    /**
     * Submits a code identity-service has not yet accepted for this user (waiting up to 30 seconds for
     * one) and returns what submitting it answered; no other code for the user is submitted meanwhile.
     */
    static <T> T submit(String username, Submission<T> submission) throws IOException, InterruptedException {
        synchronized (authenticatorOf(username)) {
            return submission.submit(next(username));
        }
    }

    /** {@link #submit}, for a browser: types a code on the code page and submits it. */
    static void enter(String username, Consumer<String> typeAndSubmit) {
        synchronized (authenticatorOf(username)) {
            typeAndSubmit.accept(next(username));
        }
    }

    /** Submitting a code, and what it answered. */
    @FunctionalInterface
    interface Submission<T> {
        T submit(String code) throws IOException, InterruptedException;
    }

    private static Object authenticatorOf(String username) {
        return authenticators.computeIfAbsent(username, name -> new Object());
    }

    private static String next(String username) {
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
        if (!secrets.containsKey(username)) {
            loadDemoSecrets();
        }
        String secret = secrets.get(username);
        if (secret == null) {
            throw new IllegalArgumentException("No authenticator secret known for " + username);
        }
        return secret;
    }

    private static synchronized void loadDemoSecrets() {
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
