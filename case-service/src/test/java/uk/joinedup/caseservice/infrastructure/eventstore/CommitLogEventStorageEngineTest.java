package uk.joinedup.caseservice.infrastructure.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.joinedup.caseservice.infrastructure.eventstore.TestEvents.note;
import static uk.joinedup.caseservice.infrastructure.eventstore.TestEvents.notes;
import static uk.joinedup.caseservice.infrastructure.eventstore.TestEvents.unattached;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of an Axon event storage engine, and what this one adds: positions, gaps, durability. */
class CommitLogEventStorageEngineTest {

    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(2);

    private final MutableClock clock = new MutableClock();
    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void closeEverything() throws Exception {
        for (int index = opened.size() - 1; index >= 0; index--) {
            opened.get(index).close();
        }
    }

    @Test
    void readsBackAnAggregateStreamInSequence() {
        CommitLogEventStorageEngine engine = engine(inMemory());
        DomainEventMessage<NoteWritten> first = note("stephen", 0);
        engine.appendEvents(first);
        engine.appendEvents(note("tony", 0));
        engine.appendEvents(notes("stephen", 1, 2));

        List<? extends DomainEventMessage<?>> stream =
                engine.readEvents("stephen").asStream().toList();

        assertThat(stream).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L);
        assertThat(stream.get(0).getIdentifier()).isEqualTo(first.getIdentifier());
        assertThat(stream.get(0).getTimestamp()).isEqualTo(first.getTimestamp());
        assertThat(stream.get(1).getPayload()).isEqualTo(new NoteWritten("stephen", "note 1", 2));
        assertThat(stream.get(1).getMetaData()).containsEntry("userName", "Pat Probation");
        assertThat(stream.get(1).getType()).isEqualTo(TestEvents.AGGREGATE_TYPE);
    }

    @Test
    void readsALongStreamFromAnySequenceNumberAcrossBatches() {
        CommitLogEventStorageEngine engine = engine(inMemory());
        for (int sequence = 0; sequence < 300; sequence++) {
            engine.appendEvents(note("long", sequence));
        }

        assertThat(engine.readEvents("long").asStream()).hasSize(300);
        assertThat(engine.readEvents("long", 250).asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactlyElementsOf(
                        IntStream.range(250, 300).mapToObj(Long::valueOf).toList());
        assertThat(engine.lastSequenceNumberFor("long")).contains(299L);
        assertThat(engine.lastSequenceNumberFor("lon")).isEmpty();
        assertThat(engine.readEvents("nobody").asStream()).isEmpty();
        assertThat(engine.readEvents(null, false).map(event -> position(event.trackingToken())))
                .as("tracked in windows of many $in lists")
                .containsExactlyElementsOf(
                        IntStream.range(0, 300).mapToObj(Long::valueOf).toList());
    }

    @Test
    void tracksEveryEventInAppendOrderAndResumesAfterAToken() {
        CommitLogEventStorageEngine engine = engine(inMemory());
        engine.appendEvents(note("stephen", 0));
        engine.appendEvents(unattached("a system event"));
        engine.appendEvents(note("tony", 0));

        List<? extends TrackedEventMessage<?>> all =
                engine.readEvents(null, false).toList();
        List<? extends TrackedEventMessage<?>> afterFirst =
                engine.readEvents(all.get(0).trackingToken(), false).toList();

        assertThat(all)
                .extracting(TrackedEventMessage::getIdentifier)
                .hasSize(3)
                .doesNotHaveDuplicates();
        assertThat(all).extracting(event -> position(event.trackingToken())).containsExactly(0L, 1L, 2L);
        assertThat(all.get(1)).isNotInstanceOf(DomainEventMessage.class);
        assertThat(afterFirst)
                .extracting(TrackedEventMessage::getIdentifier)
                .containsExactlyElementsOf(all.subList(1, 3).stream()
                        .map(TrackedEventMessage::getIdentifier)
                        .toList());
        assertThat(engine.readEvents("stephen").asStream()).hasSize(1);
    }

    @Test
    void rejectsASecondAppendOfTheSameSequenceNumberAndStoresNothingOfIt() {
        CommitLogEventStorageEngine engine = engine(inMemory());
        engine.appendEvents(notes("stephen", 0, 2));

        assertThatThrownBy(() -> engine.appendEvents(note("stephen", 1))).isInstanceOf(ConcurrencyException.class);
        assertThatThrownBy(() -> engine.appendEvents(note("stephen", 0)))
                .isInstanceOf(ConcurrencyException.class)
                .hasMessageContaining("Cannot reuse aggregate identifier [stephen]");

        assertThat(engine.readEvents("stephen").asStream()).hasSize(2);
        assertThat(engine.readEvents(null, false)).hasSize(2);
    }

    @Test
    void neverStoresHalfACommitThatConflicts() {
        CommitLogEventStorageEngine engine = engine(inMemory());
        engine.appendEvents(note("stephen", 0));
        engine.appendEvents(note("tony", 1));

        assertThatThrownBy(() -> engine.appendEvents(note("stephen", 1), note("tony", 1)))
                .isInstanceOf(ConcurrencyException.class);

        assertThat(engine.readEvents("stephen").asStream()).hasSize(1);
        assertThat(engine.readEvents(null, false)).hasSize(2);
    }

    @Test
    void letsExactlyOneOfManyConcurrentAppendsOfOneSequenceNumberThrough() throws Exception {
        CommitLogEventStorageEngine engine = engine(inMemory());
        engine.appendEvents(note("stephen", 0));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> appends = IntStream.range(0, 8)
                    .<Callable<Boolean>>mapToObj(attempt -> () -> {
                        try {
                            engine.appendEvents(note("stephen", 1));
                            return true;
                        } catch (ConcurrencyException e) {
                            return false;
                        }
                    })
                    .toList();
            List<Boolean> outcomes = new ArrayList<>();
            for (Future<Boolean> outcome : threads.invokeAll(appends)) {
                outcomes.add(outcome.get());
            }
            assertThat(outcomes).containsOnlyOnce(true);
        } finally {
            threads.shutdown();
        }
        assertThat(engine.readEvents("stephen").asStream()).hasSize(2);
        assertThat(engine.readEvents(null, false)).hasSize(2);
    }

    @Test
    void storesAMultiEventCommitAsOneDocumentWhoseEventsShareOneToken() {
        EmbeddedMongo mongo = inMemory();
        CommitLogEventStorageEngine engine = engine(mongo);
        engine.appendEvents(notes("stephen", 0, 3));

        List<? extends TrackedEventMessage<?>> tracked =
                engine.readEvents(null, false).toList();

        assertThat(commits(mongo).countDocuments()).isEqualTo(1);
        assertThat(tracked).hasSize(3);
        assertThat(tracked)
                .extracting(TrackedEventMessage::trackingToken)
                .containsOnly(tracked.get(0).trackingToken());
    }

    @Test
    void storesPayloadsAndMetaDataAsReadableDocuments() {
        EmbeddedMongo mongo = inMemory();
        engine(mongo).appendEvents(note("stephen", 0));

        BsonDocument commit = commits(mongo).find().first();

        assertThat(commit.getInt64("_id").getValue()).isZero();
        assertThat(commit.getArray("streamKeys")).containsExactly(new BsonString("stephen/0"));
        BsonDocument event = commit.getArray("events").get(0).asDocument();
        assertThat(event.getString("payloadType").getValue()).isEqualTo(NoteWritten.class.getName());
        assertThat(event.getString("payloadRevision").getValue()).isEqualTo("2");
        assertThat(event.getDocument("payload"))
                .isEqualTo(BsonDocument.parse("{subject: 'stephen', text: 'note 0', words: 2}"));
        assertThat(event.getDocument("metaData")).isEqualTo(BsonDocument.parse("{userName: 'Pat Probation'}"));
        assertThat(event.getString("aggregateIdentifier").getValue()).isEqualTo("stephen");
        assertThat(event.getInt64("sequenceNumber").getValue()).isZero();
    }

    @Test
    void upcastsStoredDocumentsOfAnOlderRevision() {
        EmbeddedMongo mongo = inMemory();
        BsonDocument firstRevision = BsonDocument.parse(
                """
                {_id: {$numberLong: '0'}, streamKeys: ['stephen/0'], events: [{
                  eventIdentifier: 'e-1', aggregateType: 'Subject', aggregateIdentifier: 'stephen',
                  sequenceNumber: {$numberLong: '0'}, timestamp: '2026-11-20T10:15:30Z',
                  payloadType: '%s', payloadRevision: '1',
                  payload: {subject: 'stephen', note: 'first revision'}, metaData: {}}]}
                """
                        .formatted(NoteWritten.class.getName()));
        commits(mongo).insertOne(firstRevision);

        CommitLogEventStorageEngine engine = engine(mongo, new NoteRenamedToText());

        assertThat(engine.readEvents("stephen").asStream().map(event -> (Object) event.getPayload()))
                .containsExactly(new NoteWritten("stephen", "first revision", 0));
        assertThat(engine.readEvents(null, false).map(event -> (Object) event.getPayload()))
                .containsExactly(new NoteWritten("stephen", "first revision", 0));
    }

    @Test
    void storesAndReadsTheLatestSnapshot() {
        CommitLogEventStorageEngine engine = engine(inMemory());
        engine.appendEvents(notes("stephen", 0, 5));
        engine.storeSnapshot(snapshot("stephen", 2, "state at 2"));
        engine.storeSnapshot(snapshot("stephen", 4, "state at 4"));

        DomainEventMessage<?> snapshot = engine.readSnapshot("stephen").orElseThrow();

        assertThat(snapshot.getSequenceNumber()).isEqualTo(4);
        assertThat(snapshot.getPayload()).isEqualTo(new NoteWritten("stephen", "state at 4", 0));
        assertThat(engine.readSnapshot("tony")).isEmpty();
    }

    @Test
    void deliversACommitThatArrivesLateIntoAGap() {
        EmbeddedMongo mongo = inMemory();
        CommitLogEventStorageEngine engine = engine(mongo);
        engine.appendEvents(note("stephen", 0));
        insertCommit(mongo, 2, note("tony", 0));
        TrackingToken afterFirstRead = lastToken(engine.readEvents(null, false).toList());
        assertThat(afterFirstRead).isEqualTo(GapAwareTrackingToken.newInstance(2, List.of(1L)));

        insertCommit(mongo, 1, note("tina", 0));
        List<? extends TrackedEventMessage<?>> late =
                engine.readEvents(afterFirstRead, false).toList();

        assertThat(late)
                .extracting(event -> ((DomainEventMessage<?>) event).getAggregateIdentifier())
                .containsExactly("tina");
        assertThat(late.get(0).trackingToken()).isEqualTo(GapAwareTrackingToken.newInstance(2, List.of()));
    }

    @Test
    void givesUpOnAGapAfterTheTimeoutAndALateWriterRetriesAtANewPosition() {
        EmbeddedMongo mongo = inMemory();
        CommitLogEventStorageEngine engine = engine(mongo);
        engine.appendEvents(note("stephen", 0));
        insertCommit(mongo, 2, note("tony", 0));
        TrackingToken withGap = lastToken(engine.readEvents(null, false).toList());
        clock.advance(GAP_TIMEOUT.minusMillis(1));
        assertThat(engine.readEvents(withGap, false)).isEmpty();
        insertCommit(mongo, 3, note("tony", 1));
        clock.advance(Duration.ofMillis(1));

        TrackingToken afterGiveUp = lastToken(engine.readEvents(withGap, false).toList());
        assertThat(afterGiveUp).isEqualTo(GapAwareTrackingToken.newInstance(3, List.of()));

        engine.appendEvents(note("tina", 0));
        assertThat(engine.readEvents(afterGiveUp, false).map(TrackedEventMessage::trackingToken))
                .containsExactly(GapAwareTrackingToken.newInstance(4, List.of()));
        assertThat(commits(mongo).find(byId(1)).first().getString("tombstone").getValue())
                .isEqualTo("gap-abandoned");
    }

    @Test
    void stepsOverAHoleLeftByAnInstanceThatCrashedMidWrite() {
        EmbeddedMongo mongo = inMemory();
        CommitLogEventStorageEngine engine = engine(mongo);
        engine.appendEvents(note("stephen", 0));
        long afterHole = TrackedCommitReader.WIDE_WINDOW - 1;
        insertCommit(mongo, afterHole, note("tony", 0));
        TrackingToken first = lastToken(engine.readEvents(null, false).toList());

        clock.advance(TrackedCommitReader.WIDE_LOOK_INTERVAL);
        List<? extends TrackedEventMessage<?>> beyond =
                engine.readEvents(first, false).toList();

        assertThat(beyond).extracting(event -> position(event.trackingToken())).containsExactly(afterHole);
    }

    @Test
    void retriesAtANewPositionWhenAnotherWriterTookItsPosition() {
        EmbeddedMongo mongo = inMemory();
        CommitLogEventStorageEngine engine = engine(mongo);
        engine.appendEvents(note("stephen", 0));
        insertCommit(mongo, 1, note("other-instance", 0));
        insertCommit(mongo, 2, note("other-instance", 1));

        engine.appendEvents(note("stephen", 1));

        assertThat(engine.readEvents(null, false).map(event -> position(event.trackingToken())))
                .containsExactly(0L, 1L, 2L, 3L);
        assertThat(engine.readEvents("stephen").asStream()).hasSize(2);
    }

    @Test
    void fillsThePositionOfAConflictingAppendSoTrackersDoNotWaitForIt() {
        EmbeddedMongo mongo = inMemory();
        CommitLogEventStorageEngine engine = engine(mongo);
        engine.appendEvents(note("stephen", 0));
        assertThatThrownBy(() -> engine.appendEvents(note("stephen", 0))).isInstanceOf(ConcurrencyException.class);
        engine.appendEvents(note("stephen", 1));

        assertThat(lastToken(engine.readEvents(null, false).toList()))
                .isEqualTo(GapAwareTrackingToken.newInstance(2, List.of()));
        assertThat(commits(mongo).find(byId(1)).first().getString("tombstone").getValue())
                .isEqualTo("append-failed");
    }

    @Test
    void headTokenIsCoveredOnceEverythingAppendedIsRead() {
        CommitLogEventStorageEngine engine = engine(inMemory());
        assertThat(engine.createHeadToken()).isNull();
        engine.appendEvents(note("stephen", 0));
        engine.appendEvents(unattached("b"));
        assertThatThrownBy(() -> engine.appendEvents(note("stephen", 0))).isInstanceOf(ConcurrencyException.class);

        TrackingToken head = engine.createHeadToken();

        assertThat(lastToken(engine.readEvents(null, false).toList()).covers(head))
                .isTrue();
        assertThat(GapAwareTrackingToken.newInstance(0, List.of()).covers(head)).isFalse();
    }

    @Test
    void acknowledgesAnAppendOnlyAfterMakingItDurable() {
        EmbeddedMongo mongo = inMemory();
        CommitLogEventStorageEngine engine = engine(mongo);
        int before = mongo.durableCommits();

        engine.appendEvents(note("stephen", 0));

        assertThat(mongo.durableCommits()).isGreaterThan(before);
    }

    @Test
    void keepsEveryAcknowledgedEventThroughACrashAndContinuesAfterIt(@TempDir Path directory) {
        Path file = directory.resolve("events.mv");
        EmbeddedMongo beforeCrash = EmbeddedMongo.onFile(file);
        CommitLogEventStorageEngine engine = engine(beforeCrash);
        engine.appendEvents(notes("stephen", 0, 3));
        for (int sequence = 0; sequence < 20; sequence++) {
            engine.appendEvents(note("tony", sequence));
        }
        beforeCrash.crash();

        EmbeddedMongo afterCrash = open(EmbeddedMongo.onFile(file));
        CommitLogEventStorageEngine restarted = engine(afterCrash);

        assertThat(restarted.readEvents("stephen").asStream()).hasSize(3);
        assertThat(restarted.readEvents("tony").asStream()).hasSize(20);
        assertThat(restarted.createHeadToken()).isEqualTo(GapAwareTrackingToken.newInstance(20, List.of()));
        restarted.appendEvents(note("tony", 20));
        assertThat(restarted
                        .readEvents(null, false)
                        .map(event -> position(event.trackingToken()))
                        .distinct())
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(0, 21).mapToObj(Long::valueOf).toList());
    }

    @Test
    void resumesFromItsCheckpointAfterAnOrderlyRestart(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("events.mv");
        EmbeddedMongo first = EmbeddedMongo.onFile(file);
        CommitLogEventStorageEngine engine = engine(first);
        appendConcurrently(engine, (int) GlobalSequence.CHECKPOINT_INTERVAL + 50);
        engine.close();
        first.close();
        opened.clear();

        EmbeddedMongo second = open(EmbeddedMongo.onFile(file));
        CommitLogEventStorageEngine restarted = engine(second);
        BsonDocument checkpoint = second.database()
                .getCollection("event_checkpoints", BsonDocument.class)
                .find()
                .first();

        assertThat(checkpoint.getInt64("position").getValue()).isEqualTo(GlobalSequence.CHECKPOINT_INTERVAL + 49);
        assertThat(restarted.createHeadToken())
                .isEqualTo(GapAwareTrackingToken.newInstance(GlobalSequence.CHECKPOINT_INTERVAL + 49, List.of()));
        restarted.appendEvents(note("after-restart", 0));
        assertThat(restarted.createHeadToken())
                .isEqualTo(GapAwareTrackingToken.newInstance(GlobalSequence.CHECKPOINT_INTERVAL + 50, List.of()));
    }

    private static void appendConcurrently(CommitLogEventStorageEngine engine, int commits) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Void>> appends = IntStream.range(0, commits)
                    .<Callable<Void>>mapToObj(number -> () -> {
                        engine.appendEvents(note("subject-" + number, 0));
                        return null;
                    })
                    .toList();
            for (Future<Void> append : threads.invokeAll(appends)) {
                append.get();
            }
        } finally {
            threads.shutdown();
        }
    }

    private static DomainEventMessage<NoteWritten> snapshot(String aggregate, long sequence, String state) {
        return new GenericDomainEventMessage<>(
                TestEvents.AGGREGATE_TYPE, aggregate, sequence, new NoteWritten(aggregate, state, 0));
    }

    private static void insertCommit(EmbeddedMongo mongo, long position, DomainEventMessage<?> event) {
        commits(mongo)
                .insertOne(PendingCommit.of(List.of(event), TestEvents.serializer(), Sealing.off())
                        .document(position));
    }

    private static MongoCollection<BsonDocument> commits(EmbeddedMongo mongo) {
        return mongo.database().getCollection(CommitLogEventStorageEngine.COMMITS, BsonDocument.class);
    }

    private static BsonDocument byId(long position) {
        return new BsonDocument("_id", new BsonInt64(position));
    }

    private static long position(TrackingToken token) {
        return ((GapAwareTrackingToken) token).getIndex();
    }

    private static TrackingToken lastToken(List<? extends TrackedEventMessage<?>> events) {
        return events.get(events.size() - 1).trackingToken();
    }

    private EmbeddedMongo inMemory() {
        return open(EmbeddedMongo.inMemory());
    }

    private <T extends AutoCloseable> T open(T closeable) {
        opened.add(closeable);
        return closeable;
    }

    private CommitLogEventStorageEngine engine(EmbeddedMongo mongo) {
        return engine(mongo, NoOpEventUpcaster.INSTANCE);
    }

    private CommitLogEventStorageEngine engine(EmbeddedMongo mongo, EventUpcaster upcasters) {
        return open(CommitLogEventStorageEngine.builder()
                .database(mongo.database())
                .durability(mongo.durability())
                .eventSerializer(TestEvents.serializer())
                .snapshotSerializer(TestEvents.serializer())
                .upcasterChain(upcasters)
                .gapTimeout(GAP_TIMEOUT)
                .clock(clock)
                .build());
    }

    /** Revision 1 of {@link NoteWritten} called the text {@code note}. */
    private static final class NoteRenamedToText extends SingleEventUpcaster {

        private static final SimpleSerializedType FIRST = new SimpleSerializedType(NoteWritten.class.getName(), "1");

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return representation.getType().equals(FIRST);
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(
                    new SimpleSerializedType(NoteWritten.class.getName(), "2"), JsonNode.class, json -> {
                        ObjectNode object = (ObjectNode) json;
                        object.set("text", object.remove("note"));
                        return object;
                    });
        }
    }
}
