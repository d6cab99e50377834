package uk.joinedup.identity.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Decides whether a sign-in attempt is heard at all, and counts failures (ADR 14). Per account
 * (username as typed): after {@code freeFailures} consecutive failures each attempt must wait twice as
 * long as the last, up to {@code maximumDelay}; after {@code lockAfter} the account is locked for {@code
 * lockDuration}. Per network address ({@link AddressFailures}): {@code addressFailures} failures across
 * all accounts, refilled over {@code addressWindow}, then the address is refused until it refills. A browser holding its user's device
 * cookie is exempt from both, with an allowance of its own.
 */
@Component
class SignInThrottle {

    sealed interface Verdict {}

    record Allowed() implements Verdict {}

    record Wait(Duration remaining) implements Verdict {}

    record Locked(Instant until) implements Verdict {}

    record AddressRefused(Duration remaining) implements Verdict {}

    private final AccountLockouts accounts;
    private final SignInProperties properties;
    private final Clock clock;
    private final AddressFailures addresses;
    private final Map<String, Integer> deviceFailures = new ConcurrentHashMap<>();

    SignInThrottle(AccountLockouts accounts, SignInProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
        this.addresses = new AddressFailures(properties.addressFailures(), properties.addressWindow());
    }

    Verdict check(String username, String address, String device) {
        if (trusted(device)) {
            return new Allowed();
        }
        Optional<Duration> addressWait = addresses.refusal(address);
        if (addressWait.isPresent()) {
            return new AddressRefused(addressWait.get());
        }
        Instant now = clock.instant();
        AccountLockouts.Attempts attempts = accounts.of(username);
        if (attempts.lockedAt(now)) {
            return new Locked(attempts.lockedUntil());
        }
        Duration delay = delayAfter(attempts.failures());
        if (!delay.isZero() && attempts.lastFailure() != null) {
            Instant next = attempts.lastFailure().plus(delay);
            if (now.isBefore(next)) {
                return new Wait(Duration.between(now, next));
            }
        }
        return new Allowed();
    }

    /** Counts a failure; true when it has just locked the account. */
    boolean failed(String username, String address, String device) {
        if (trusted(device)) {
            deviceFailures.merge(device, 1, Integer::sum);
            return false;
        }
        Instant now = clock.instant();
        addresses.failed(address);
        AccountLockouts.Attempts before = accounts.of(username);
        int count = before.failures() + 1;
        boolean locks = count >= properties.lockAfter();
        accounts.save(
                username, new AccountLockouts.Attempts(count, now, locks ? now.plus(properties.lockDuration()) : null));
        return locks && !before.lockedAt(now);
    }

    void succeeded(String username, String device) {
        accounts.clear(username);
        if (device != null) {
            deviceFailures.remove(device);
        }
    }

    private boolean trusted(String device) {
        return device != null && deviceFailures.getOrDefault(device, 0) < properties.deviceFailures();
    }

    private Duration delayAfter(int failures) {
        if (failures < properties.freeFailures()) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - properties.freeFailures(), 16);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(properties.maximumDelay()) > 0 ? properties.maximumDelay() : delay;
    }
}
