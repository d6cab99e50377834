package uk.joinedup.caseservice.infrastructure.eventstore;

import static uk.joinedup.caseservice.infrastructure.eventstore.EventDocuments.AGGREGATE_IDENTIFIER;
import static uk.joinedup.caseservice.infrastructure.eventstore.EventDocuments.STREAM_KEYS;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;
import uk.joinedup.caseservice.infrastructure.crypto.KeyState;

/**
 * Reads one aggregate's stream through the unique stream-key index, never by scanning: each batch is
 * one {@code streamKeys $in} of the next sequence numbers' keys, and batches grow while the stream
 * goes on, so a short stream costs one lookup and a long one a handful. The first batch is sized by
 * {@link StreamEnds} when the aggregate was seen recently; a batch whose last key is found is always
 * followed by another, so the end of the stream is found whatever the hint said.
 */
final class AggregateStreamReader {

    static final int FIRST_BATCH = 8;
    static final int MAX_BATCH = 1000;

    private static final BsonDocument ONLY_STREAM_KEYS = new BsonDocument(STREAM_KEYS, new BsonInt32(1));

    private final MongoCollection<BsonDocument> commits;
    private final StreamEnds streamEnds;
    private final Sealing sealing;

    AggregateStreamReader(MongoCollection<BsonDocument> commits, StreamEnds streamEnds, Sealing sealing) {
        this.commits = commits;
        this.streamEnds = streamEnds;
        this.sealing = sealing;
    }

    Stream<StoredEvent> read(String aggregateIdentifier, long firstSequenceNumber) {
        return StreamSupport.stream(new Batches(aggregateIdentifier, firstSequenceNumber), false);
    }

    /** The highest sequence number stored for the aggregate, read from the stream keys alone. */
    Optional<Long> lastSequenceNumber(String aggregateIdentifier) {
        String prefix = EventDocuments.streamKeyPrefix(aggregateIdentifier);
        Long last = null;
        long from = 0;
        int size = FIRST_BATCH;
        boolean more = true;
        while (more) {
            long highest = -1;
            for (BsonDocument filter : keysOf(aggregateIdentifier, from, size)) {
                for (BsonDocument commit : commits.find(filter).projection(ONLY_STREAM_KEYS)) {
                    for (BsonValue key : commit.getArray(STREAM_KEYS)) {
                        highest = Math.max(highest, sequenceIn(key.asString().getValue(), prefix));
                    }
                }
            }
            if (highest >= 0) {
                last = last == null ? highest : Math.max(last, highest);
            }
            more = highest >= from + size - 1;
            from = highest + 1;
            size = Math.min(size * 4, MAX_BATCH);
        }
        return Optional.ofNullable(last);
    }

    private static long sequenceIn(String key, String prefix) {
        if (!key.startsWith(prefix)) {
            return -1;
        }
        String sequence = key.substring(prefix.length());
        return sequence.chars().allMatch(Character::isDigit) ? Long.parseLong(sequence) : -1;
    }

    /** The stream keys of these sequence numbers, in {@code $in} lists of {@value ByPosition#AT_ONCE} (ADR 24). */
    private static List<BsonDocument> keysOf(String aggregateIdentifier, long from, int size) {
        List<BsonValue> keys = new ArrayList<>(size);
        for (long sequence = from; sequence < from + size; sequence++) {
            keys.add(new BsonString(EventDocuments.streamKey(aggregateIdentifier, sequence)));
        }
        return ByPosition.in(STREAM_KEYS, keys);
    }

    private List<StoredEvent> fetch(String aggregateIdentifier, long from, int size) {
        Map<Long, BsonDocument> commitsByPosition = new LinkedHashMap<>();
        for (BsonDocument filter : keysOf(aggregateIdentifier, from, size)) {
            for (BsonDocument commit : commits.find(filter).batchSize(ByPosition.AT_ONCE)) {
                commitsByPosition.putIfAbsent(EventDocuments.position(commit), commit);
            }
        }
        BsonString aggregate = new BsonString(aggregateIdentifier);
        List<BsonDocument> ours = new ArrayList<>();
        for (BsonDocument commit : commitsByPosition.values()) {
            for (BsonDocument event : EventDocuments.events(commit)) {
                if (aggregate.equals(event.get(AGGREGATE_IDENTIFIER))) {
                    ours.add(event);
                }
            }
        }
        Map<String, KeyState> keys = sealing.find(Sealing.keyIdsOf(ours));
        List<StoredEvent> events = new ArrayList<>();
        for (BsonDocument event : ours) {
            StoredEvent stored = EventDocuments.storedEvent(event, null, keys);
            if (stored.sequenceNumber() >= from) {
                events.add(stored);
            }
        }
        events.sort(Comparator.comparingLong(StoredEvent::sequenceNumber));
        return events;
    }

    /** Fetches batch after batch until one ends before its last key. */
    private final class Batches extends Spliterators.AbstractSpliterator<StoredEvent> {

        private final String aggregateIdentifier;
        private long from;
        private int size;
        private boolean more = true;
        private Iterator<StoredEvent> events = Collections.emptyIterator();

        private Batches(String aggregateIdentifier, long firstSequenceNumber) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.aggregateIdentifier = aggregateIdentifier;
            this.from = firstSequenceNumber;
            this.size = streamEnds.firstBatch(aggregateIdentifier, firstSequenceNumber, FIRST_BATCH, MAX_BATCH);
        }

        @Override
        public boolean tryAdvance(Consumer<? super StoredEvent> action) {
            while (!events.hasNext()) {
                if (!more) {
                    return false;
                }
                List<StoredEvent> batch = fetch(aggregateIdentifier, from, size);
                long highest =
                        batch.isEmpty() ? -1 : batch.get(batch.size() - 1).sequenceNumber();
                if (highest >= 0) {
                    streamEnds.saw(aggregateIdentifier, highest);
                }
                more = highest >= from + size - 1;
                from = highest + 1;
                size = Math.min(size * 4, MAX_BATCH);
                events = batch.iterator();
            }
            action.accept(events.next());
            return true;
        }
    }
}
