package uk.joinedup.caseservice.infrastructure.eventstore;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last sequence number seen of recently used aggregates, so that reading a stream asks for about
 * as many keys as it has, plus one to find its end: on the embedded server every key asked for costs
 * an index lookup, found or not. A hint only; readers never take it for the end of a stream.
 */
final class StreamEnds {

    private static final int CAPACITY = 100_000;

    private final Map<String, Long> lastSequences = new ConcurrentHashMap<>();

    void saw(String aggregateIdentifier, long sequenceNumber) {
        if (lastSequences.size() >= CAPACITY) {
            lastSequences.clear();
        }
        lastSequences.merge(aggregateIdentifier, sequenceNumber, Math::max);
    }

    /** How many keys the first batch of a read from {@code from} should ask for. */
    int firstBatch(String aggregateIdentifier, long from, int unknown, int largest) {
        Long last = lastSequences.get(aggregateIdentifier);
        if (last == null) {
            return unknown;
        }
        return (int) Math.max(1, Math.min(largest, last + 2 - from));
    }
}
