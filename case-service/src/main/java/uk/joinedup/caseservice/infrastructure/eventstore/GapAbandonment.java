package uk.joinedup.caseservice.infrastructure.eventstore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import uk.joinedup.embeddedmongo.Durability;

/**
 * Gives up on gaps. A position that stays empty for longer than the gap timeout after a reader first
 * saw it as a gap is filled with a durable tombstone, and the reader stops waiting for it. A writer
 * that was only slow then finds its position taken and retries at a new one, so a late commit is
 * never skipped; a writer that died leaves a gap that is closed after the timeout.
 */
final class GapAbandonment {

    private final Tombstones tombstones;
    private final Durability durability;
    private final Duration timeout;
    private final Clock clock;
    private final ConcurrentMap<Long, Instant> firstSeen = new ConcurrentHashMap<>();

    GapAbandonment(Tombstones tombstones, Durability durability, Duration timeout, Clock clock) {
        this.tombstones = tombstones;
        this.durability = durability;
        this.timeout = timeout;
        this.clock = clock;
    }

    /**
     * Fills with a durable tombstone every gap that has been waited for longer than the timeout, so
     * that a read which asks for the gaps again finds them closed.
     */
    void giveUpExpired(Set<Long> gaps) {
        if (gaps.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        boolean tombstoned = false;
        for (long gap : gaps) {
            Instant seen = firstSeen.computeIfAbsent(gap, position -> now);
            if (!now.isBefore(seen.plus(timeout))) {
                firstSeen.remove(gap);
                tombstoned |= tombstones.fill(gap, "gap-abandoned") == null;
            }
        }
        if (tombstoned) {
            durability.commit();
        }
    }

    /** Starts the clock for gaps seen for the first time. */
    void waitingFor(Set<Long> gaps) {
        if (!gaps.isEmpty()) {
            Instant now = clock.instant();
            gaps.forEach(gap -> firstSeen.putIfAbsent(gap, now));
        }
    }

    /** A commit was read at {@code position}: it is no gap any more. */
    void found(long position) {
        if (!firstSeen.isEmpty()) {
            firstSeen.remove(position);
        }
    }
}
