package uk.joinedup.identity.support;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Instant;
import java.util.List;

/**
 * A user a test made, with their password and authenticator secret; hands out each code once, as an
 * authenticator app and a careful user would (a code of a later step when the current one was used).
 */
public final class TestUser {

    private final String username;
    private final String password;
    private final String secret;
    private final String agencyId;
    private final List<String> recoveryCodes;
    private long lastStep = Long.MIN_VALUE;

    TestUser(String username, String password, String secret, String agencyId, List<String> recoveryCodes) {
        this.username = username;
        this.password = password;
        this.secret = secret;
        this.agencyId = agencyId;
        this.recoveryCodes = recoveryCodes;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String agencyId() {
        return agencyId;
    }

    public List<String> recoveryCodes() {
        return recoveryCodes;
    }

    /** A code not handed out before: of the current step, or the next one. */
    public synchronized String code() {
        long now = step();
        long step = Math.max(now, lastStep + 1);
        while (step > step() + 1) {
            sleep();
        }
        lastStep = step;
        return codeAt(secret, step);
    }

    /** The code of the step last handed out: a replay. */
    public synchronized String lastCode() {
        return codeAt(secret, lastStep);
    }

    public static String codeAt(String secret, long step) {
        try {
            return new DefaultCodeGenerator().generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long step() {
        return Instant.now().getEpochSecond() / 30;
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
