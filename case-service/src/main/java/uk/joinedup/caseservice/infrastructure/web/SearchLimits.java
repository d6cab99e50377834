package uk.joinedup.caseservice.infrastructure.web;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.Actor;

/**
 * How many identity searches (people by name or identifier, possible duplicates, families by name, a
 * registration's duplicate check) each user may make: {@code joinedup.search.per-minute}, refilled
 * steadily through the minute. One bucket per user of this instance; a directory holds hundreds of users.
 */
@Component
public class SearchLimits {

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    SearchLimits(@Value("${joinedup.search.per-minute:30}") int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("joinedup.search.per-minute must be at least 1");
        }
        this.perMinute = perMinute;
    }

    /**
     * Counts one search by the actor.
     *
     * @throws TooManySearches when they have made all the searches they may this minute
     */
    public void admit(Actor actor) {
        Bucket bucket = buckets.computeIfAbsent(actor.userId(), user -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManySearches(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** A user searched more than they may in a minute: answered 429 with {@code Retry-After}. */
    public static class TooManySearches extends RuntimeException {

        private final Duration retryAfter;

        TooManySearches(Duration retryAfter) {
            super("Too many searches", null, false, false);
            this.retryAfter = retryAfter;
        }

        /** Whole seconds until the next search is allowed, at least one. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }
}
