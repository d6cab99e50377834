package uk.joinedup.identity.login;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per network address, across all accounts, as a Bucket4j token bucket per address:
 * {@code limit} failures, refilled evenly over {@code window}. An empty bucket refuses the address until
 * it refills. Kept in memory, per instance: a restart forgives, the account lockouts do not.
 */
final class AddressFailures {

    private static final int MOST_ADDRESSES = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int limit;
    private final Duration window;

    AddressFailures(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** How long the address must wait before it is heard again, if it must. */
    Optional<Duration> refusal(String address) {
        Bucket bucket = buckets.get(address);
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
    }

    void failed(String address) {
        if (buckets.size() > MOST_ADDRESSES) {
            buckets.clear(); // a flood of addresses: forget them rather than run out of memory
        }
        buckets.computeIfAbsent(address, ignored -> Bucket.builder()
                        .addLimit(bandwidth -> bandwidth.capacity(limit).refillGreedy(limit, window))
                        .build())
                .tryConsume(1);
    }
}
