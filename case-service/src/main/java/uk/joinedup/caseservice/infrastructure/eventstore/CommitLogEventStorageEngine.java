package uk.joinedup.caseservice.infrastructure.eventstore;

import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import uk.joinedup.caseservice.infrastructure.crypto.KeyState;
import uk.joinedup.caseservice.infrastructure.crypto.SubjectKeys;
import uk.joinedup.embeddedmongo.Durability;

/**
 * An Axon event storage engine on the MongoDB driver in which every hot read is an {@code _id} point
 * or {@code $in} lookup, so it stays fast at millions of events on the embedded server as well as on
 * MongoDB.
 *
 * <ul>
 *   <li>{@value #COMMITS}: one document per {@code appendEvents} call, {@code _id} = a dense global
 *       position allocated in this JVM ({@link GlobalSequence}); a commit is stored, and seen, whole.
 *       {@code streamKeys} lists {@code aggregateId/sequenceNumber} of its events under a unique
 *       (sparse) index: a second append of a sequence number is a {@code ConcurrencyException}, and an
 *       aggregate's stream is read by {@code streamKeys $in}.
 *   <li>{@value #SNAPSHOTS}: the latest snapshot per aggregate, {@code _id} = aggregate identifier.
 *   <li>{@value #CHECKPOINTS}: a recent position, so start-up does not read the whole store.
 * </ul>
 *
 * Tracking uses {@link GapAwareTrackingToken}s over commit positions; see {@link TrackedCommitReader}
 * and {@link GapAbandonment}. Appends are acknowledged once {@link Durability#commit()} has run.
 */
public final class CommitLogEventStorageEngine extends AbstractEventStorageEngine implements AutoCloseable {

    static final String COMMITS = "event_commits";
    static final String SNAPSHOTS = "event_snapshots";
    static final String CHECKPOINTS = "event_checkpoints";
    static final String STREAM_KEYS_INDEX = "streamKeys_unique";

    private final MongoCollection<BsonDocument> snapshots;
    private final GlobalSequence sequence;
    private final CommitWriter writer;
    private final TrackedCommitReader trackedReader;
    private final AggregateStreamReader streamReader;
    private final ExecutorService prefetcher;
    private final CommitSignal commitsStored = new CommitSignal();
    private final StreamEnds streamEnds = new StreamEnds();
    private final Sealing sealing;

    private CommitLogEventStorageEngine(Builder builder) {
        super(builder);
        this.sealing = builder.sealing;
        MongoCollection<BsonDocument> commits = builder.database
                .getCollection(COMMITS, BsonDocument.class)
                .withWriteConcern(WriteConcern.MAJORITY)
                .withReadConcern(ReadConcern.MAJORITY);
        commits.createIndex(
                new BsonDocument(EventDocuments.STREAM_KEYS, new BsonInt32(1)),
                new IndexOptions().name(STREAM_KEYS_INDEX).unique(true).sparse(true));
        this.snapshots = builder.database.getCollection(SNAPSHOTS, BsonDocument.class);
        this.sequence = GlobalSequence.seed(commits, builder.database.getCollection(CHECKPOINTS, BsonDocument.class));
        Tombstones tombstones = new Tombstones(commits);
        this.writer = new CommitWriter(commits, sequence, tombstones, builder.durability, commitsStored);
        this.prefetcher = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "event-store-prefetch");
            thread.setDaemon(true);
            return thread;
        });
        this.trackedReader = new TrackedCommitReader(
                commits,
                new GapAbandonment(tombstones, builder.durability, builder.gapTimeout, builder.clock),
                prefetcher,
                sequence::lastEventPosition,
                builder.clock,
                sealing);
        this.streamReader = new AggregateStreamReader(commits, streamEnds, sealing);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (!events.isEmpty()) {
            writer.write(PendingCommit.of(events, (JacksonSerializer) serializer, sealing));
            events.stream()
                    .filter(DomainEventMessage.class::isInstance)
                    .map(DomainEventMessage.class::cast)
                    .forEach(event -> streamEnds.saw(event.getAggregateIdentifier(), event.getSequenceNumber()));
        }
    }

    /** Replaces the aggregate's snapshot; snapshots are a cache, so no durability wait. */
    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        snapshots.replaceOne(
                byAggregate(snapshot.getAggregateIdentifier()),
                EventDocuments.snapshot(snapshot, (JacksonSerializer) serializer, sealing),
                new ReplaceOptions().upsert(true));
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String identifier, long firstSequenceNumber) {
        return streamReader.read(identifier, firstSequenceNumber);
    }

    /** Streams end at the newest stored commit; they never block, whatever {@code mayBlock} says. */
    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        return trackedReader.read(trackingToken);
    }

    /** The aggregate's snapshot, unless it is sealed under a key that is not there: then its events are read. */
    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        BsonDocument snapshot = snapshots.find(byAggregate(aggregateIdentifier)).first();
        if (snapshot == null) {
            return Stream.empty();
        }
        String keyId = Sealing.keyIdOf(snapshot.get(EventDocuments.PAYLOAD));
        Map<String, KeyState> keys = keyId == null ? Map.of() : sealing.find(Set.of(keyId));
        if (keyId != null && !(keys.get(keyId) instanceof KeyState.Present)) {
            return Stream.empty();
        }
        return Stream.of(EventDocuments.storedEvent(snapshot, null, keys));
    }

    /** Deletes the aggregate's snapshot: after an erasure, so that nothing of it is kept sealed or not. */
    public void deleteSnapshot(String aggregateIdentifier) {
        snapshots.deleteOne(byAggregate(aggregateIdentifier));
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return streamReader.lastSequenceNumber(aggregateIdentifier);
    }

    /** The newest commit with events that this JVM knows of; {@code null} while the store is empty. */
    @Override
    public TrackingToken createHeadToken() {
        long head = sequence.lastEventPosition();
        return head < 0 ? null : GapAwareTrackingToken.newInstance(head, Collections.emptySet());
    }

    /**
     * The position after the newest commit with events that this JVM knows of: everything this instance appends
     * from now on is at or after it ({@link SealExistingEvents}).
     */
    long nextEventPosition() {
        return sequence.lastEventPosition() + 1;
    }

    /** A stored event as every reader of the global stream sees it: upcast, then deserialised (lazily). */
    Stream<TrackedEventMessage<?>> upcastAndDeserialize(StoredEvent event) {
        return EventUtils.upcastAndDeserializeTrackedEvents(Stream.of(event), getEventSerializer(), upcasterChain);
    }

    /** Raised whenever commits have been stored and made durable. */
    CommitSignal commitsStored() {
        return commitsStored;
    }

    private static BsonDocument byAggregate(String aggregateIdentifier) {
        return new BsonDocument(EventDocuments.ID, new BsonString(aggregateIdentifier));
    }

    /** Stores what is queued, writes a checkpoint and stops the background threads. */
    @Override
    public void close() {
        writer.close();
        prefetcher.shutdownNow();
    }

    /**
     * Builds the engine. The database, durability and both serializers are required; the serializers
     * must be Jackson serializers, because payloads are stored as BSON documents.
     */
    public static final class Builder extends AbstractEventStorageEngine.Builder {

        private MongoDatabase database;
        private Durability durability;
        private boolean eventSerializerGiven;
        private boolean snapshotSerializerGiven;
        private Duration gapTimeout = Duration.ofSeconds(2);
        private Clock clock = Clock.systemUTC();
        private Sealing sealing = Sealing.off();

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        public Builder durability(Durability durability) {
            this.durability = durability;
            return this;
        }

        /** How long a reader waits for an empty position before filling it with a tombstone. */
        public Builder gapTimeout(Duration gapTimeout) {
            this.gapTimeout = gapTimeout;
            return this;
        }

        /**
         * Seals the payloads of events holding personal data under their subjects' keys (ADR 31), and opens them.
         *
         * @param sealNew {@code false} writes new events as they are, to measure what sealing costs; what was
         *     sealed is opened either way
         */
        public Builder subjectKeys(SubjectKeys keys, boolean sealNew) {
            this.sealing = sealNew ? Sealing.with(keys) : Sealing.openOnly(keys);
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(requireJackson(eventSerializer));
            eventSerializerGiven = true;
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(requireJackson(snapshotSerializer));
            snapshotSerializerGiven = true;
            return this;
        }

        private static Serializer requireJackson(Serializer serializer) {
            if (!(serializer instanceof JacksonSerializer)) {
                throw new AxonConfigurationException("Events are stored as BSON documents: use a JacksonSerializer");
            }
            return serializer;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        protected void validate() {
            if (database == null || durability == null || !eventSerializerGiven || !snapshotSerializerGiven) {
                throw new AxonConfigurationException("The database, durability and serializers are required");
            }
            super.validate();
        }

        public CommitLogEventStorageEngine build() {
            return new CommitLogEventStorageEngine(this);
        }
    }
}
