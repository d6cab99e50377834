package uk.joinedup.identity.mfa;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/** Checks and enrols users' authenticator apps and recovery codes. */
@Component
public class SecondFactor {

    public static final int RECOVERY_CODES = 10;
    static final String ISSUER = "JoinedUp";

    /** What became of a code. */
    public enum Outcome {
        ACCEPTED,
        WRONG,
        REPLAYED,
        NOT_ENROLLED
    }

    private final Authenticators authenticators;
    private final Clock clock;
    private final TotpCodes codes = new TotpCodes();

    SecondFactor(Authenticators authenticators, Clock clock) {
        this.authenticators = authenticators;
        this.clock = clock;
    }

    public boolean enrolled(String username) {
        return authenticators.of(username).isPresent();
    }

    /** Checks a code from the user's app; a code is accepted once, and no earlier one after it. */
    public Outcome verify(String username, String code) {
        var authenticator = authenticators.of(username);
        if (authenticator.isEmpty()) {
            return Outcome.NOT_ENROLLED;
        }
        OptionalLong step = codes.matchingStep(authenticator.get().secret(), code, clock.instant());
        if (step.isEmpty()) {
            return Outcome.WRONG;
        }
        return authenticators.useStep(username, step.getAsLong()) ? Outcome.ACCEPTED : Outcome.REPLAYED;
    }

    /** Uses up one recovery code: true when it was one of the user's unused codes. */
    public boolean useRecoveryCode(String username, String code) {
        if (code == null || code.isBlank() || authenticators.of(username).isEmpty()) {
            return false;
        }
        return authenticators.useRecoveryCode(username, RecoveryCodes.hash(code));
    }

    public int recoveryCodesLeft(String username) {
        return authenticators.of(username).map(a -> a.recoveryHashes().size()).orElse(0);
    }

    /** A new secret for an enrolment; nothing is stored until {@link #enrol} is given a code for it. */
    public String newSecret() {
        return codes.newSecret();
    }

    public byte[] qrCode(String username, String secret) {
        return QrCodes.png(TotpCodes.keyUri(secret, username, ISSUER));
    }

    /**
     * Enrols the app holding {@code secret}, replacing any other, if {@code code} is its current code;
     * returns the ten new recovery codes, to be shown once (only their hashes are kept), or an empty list
     * when the code was wrong.
     */
    public List<String> enrol(String username, String secret, String code) {
        OptionalLong step = codes.matchingStep(secret, code, clock.instant());
        if (step.isEmpty()) {
            return List.of();
        }
        List<String> recovery = Arrays.asList(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        authenticators.enrol(
                username, secret, recovery.stream().map(RecoveryCodes::hash).toList(), clock.instant());
        authenticators.useStep(username, step.getAsLong());
        return recovery;
    }

    /** Enrols a fixed secret without a code and without recovery codes: demo users only. */
    public void enrolDemo(String username, String secret) {
        authenticators.enrol(username, secret, List.of(), clock.instant());
    }

    /** Removes the user's app and recovery codes: they must enrol again before signing in. */
    public void reset(String username) {
        authenticators.remove(username);
    }

    /** The code for a secret now and at the next step, for the demo codes page. */
    public List<String> currentAndNext(String secret) {
        long step = TotpCodes.step(clock.instant());
        return List.of(codes.code(secret, step), codes.code(secret, step + 1));
    }

    public int secondsLeftInStep() {
        return (int)
                (TotpCodes.PERIOD_SECONDS - Math.floorMod(clock.instant().getEpochSecond(), TotpCodes.PERIOD_SECONDS));
    }
}
