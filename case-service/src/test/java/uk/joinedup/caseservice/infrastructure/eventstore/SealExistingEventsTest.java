package uk.joinedup.caseservice.infrastructure.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.spec.SecretKeySpec;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.infrastructure.crypto.EnvelopeTampered;
import uk.joinedup.caseservice.infrastructure.crypto.InMemorySubjectKeys;
import uk.joinedup.caseservice.infrastructure.crypto.KeyState;
import uk.joinedup.caseservice.infrastructure.crypto.SubjectKey;
import uk.joinedup.caseservice.infrastructure.crypto.SubjectKeys;
import uk.joinedup.caseservice.personaldata.ErasedEvent;
import uk.joinedup.caseservice.retention.DatabaseSearch;

/** The events written in plaintext before sealing existed are sealed in place, once, by one instance, resumably. */
class SealExistingEventsTest {

    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);

    private final List<AutoCloseable> opened = new ArrayList<>();
    private final EmbeddedMongo mongo = open(EmbeddedMongo.inMemory());
    private final InMemorySubjectKeys keys = new InMemorySubjectKeys();
    private final MutableClock clock = new MutableClock();

    @AfterEach
    void closeEverything() throws Exception {
        for (int index = opened.size() - 1; index >= 0; index--) {
            opened.get(index).close();
        }
    }

    @Test
    void sealsEveryPlaintextEventHoldingPersonalDataAndEveryCommitReadsAsBefore() {
        CommitLogEventStorageEngine plaintext = plaintextEngine(NoOpEventUpcaster.INSTANCE);
        for (int sequence = 0; sequence < 120; sequence++) {
            plaintext.appendEvents(note("stephen", sequence, "Stephen's note " + sequence));
        }
        plaintext.appendEvents(note("tony", 0, "Tony Bell sleeps at his aunt's"), TestEvents.note("budget", 0));
        plaintext.appendEvents(TestEvents.note("budget", 1), TestEvents.unattached("a team meeting"));
        List<BsonDocument> storedBefore = storedCommits();
        List<Read> readBefore = readAll(sealingEngine(NoOpEventUpcaster.INSTANCE));

        SealExistingEvents migration = migration("instance-a", sealingEngine(NoOpEventUpcaster.INSTANCE));
        runToCompletion(migration);

        assertThat(readAll(sealingEngine(NoOpEventUpcaster.INSTANCE))).isEqualTo(readBefore);
        assertThat(DatabaseSearch.find(mongo.database(), List.of("Stephen's note", "Tony Bell", "aunt")))
                .isEmpty();
        List<BsonDocument> storedAfter = storedCommits();
        assertThat(storedAfter).hasSameSizeAs(storedBefore);
        for (int position = 0; position < storedBefore.size(); position++) {
            assertThat(withoutPersonalPayloads(storedAfter.get(position)))
                    .isEqualTo(withoutPersonalPayloads(storedBefore.get(position)));
            assertThat(opened(storedAfter.get(position))).isEqualTo(storedBefore.get(position));
        }
        assertThat(keyIdOf(storedAfter.get(120), 0)).isEqualTo("person/tony");
        assertThat(payload(storedAfter.get(120), 1)).isEqualTo(payload(storedBefore.get(120), 1));
        assertThat(storedAfter.get(121)).isEqualTo(storedBefore.get(121));
        BsonDocument record = migrations().find().first();
        assertThat(record.getInt64("sealedFrom").getValue()).isEqualTo(122);
        assertThat(record.getInt64("lastPosition").getValue()).isEqualTo(121);
        assertThat(record.getInt64("commits").getValue()).isEqualTo(121);
        assertThat(record.getInt64("events").getValue()).isEqualTo(121);
        assertThat(record.containsKey("startedAt")).isTrue();
        assertThat(record.containsKey("completedAt")).isTrue();
        assertThat(migration.complete()).isTrue();
    }

    @Test
    void sealsAnOlderRevisionAsStoredUnderTheKeyItsUpcastEventNames() {
        commits()
                .insertOne(BsonDocument.parse(
                        """
                {_id: {$numberLong: '0'}, streamKeys: ['stephen/0'], events: [{
                  eventIdentifier: 'e-1', aggregateType: 'Person', aggregateIdentifier: 'stephen',
                  sequenceNumber: {$numberLong: '0'}, timestamp: '2026-11-20T10:15:30Z',
                  payloadType: '%s', payloadRevision: '0',
                  payload: {who: 'stephen', note: 'Stephen Moss, first revision'}, metaData: {}}]}
                """
                                .formatted(SealedNote.class.getName())));
        CommitLogEventStorageEngine engine = sealingEngine(new WhoRenamedToPerson());

        runToCompletion(migration("instance-a", engine));

        BsonDocument event = storedCommits().get(0).getArray("events").get(0).asDocument();
        assertThat(event.getString("payloadRevision").getValue()).isEqualTo("0");
        assertThat(keyIdOf(storedCommits().get(0), 0)).isEqualTo("person/stephen");
        assertThat(Sealing.open(
                        event.getDocument("payload"),
                        keys.find(List.of("person/stephen")).get("person/stephen"),
                        "e-1",
                        SealedNote.class.getName()))
                .isEqualTo(BsonDocument.parse("{who: 'stephen', note: 'Stephen Moss, first revision'}"));
        assertThat(sealingEngine(new WhoRenamedToPerson())
                        .readEvents("stephen")
                        .asStream()
                        .map(message -> (Object) message.getPayload()))
                .containsExactly(new SealedNote("stephen", "Stephen Moss, first revision"));
    }

    @Test
    void sealsTheEventsOfASubjectErasedMeanwhileSoThatTheyReadAsErased() {
        plaintextEngine(NoOpEventUpcaster.INSTANCE).appendEvents(note("tony", 0, "Tony Bell's note"));
        keys.destroy("person/tony", "erasure-1");

        runToCompletion(migration("instance-a", sealingEngine(NoOpEventUpcaster.INSTANCE)));

        assertThat(keyIdOf(storedCommits().get(0), 0)).isEqualTo("person/tony");
        assertThat(storedCommits().get(0).toJson()).doesNotContain("Tony Bell");
        SubjectKey zeros = new SubjectKey("person/tony", new SecretKeySpec(new byte[32], "AES"));
        assertThatThrownBy(() -> Sealing.open(
                        payload(storedCommits().get(0), 0).asDocument(),
                        new KeyState.Present(zeros),
                        storedCommits()
                                .get(0)
                                .getArray("events")
                                .get(0)
                                .asDocument()
                                .getString("eventIdentifier")
                                .getValue(),
                        SealedNote.class.getName()))
                .isInstanceOf(EnvelopeTampered.class);
        assertThat(sealingEngine(NoOpEventUpcaster.INSTANCE)
                        .readEvents(null, false)
                        .map(message -> (Object) message.getPayload()))
                .containsExactly(new ErasedEvent(SealedNote.class.getName(), "person/tony"));
    }

    @Test
    void leavesWhatIsSealedAlreadyAndWhatIsAppendedMeanwhileAlone() {
        CommitLogEventStorageEngine sealing = sealingEngine(NoOpEventUpcaster.INSTANCE);
        sealing.appendEvents(note("stephen", 0, "sealed at write"));
        plaintextEngine(NoOpEventUpcaster.INSTANCE).appendEvents(note("stephen", 1, "in the clear"));
        BsonDocument sealedAtWrite = storedCommits().get(0);
        SealExistingEvents migration = migration("instance-a", sealingEngine(NoOpEventUpcaster.INSTANCE));

        assertThat(migration.step()).isEqualTo(SealExistingEvents.Step.SEALED_A_WINDOW);
        sealing.appendEvents(note("stephen", 2, "appended meanwhile"));
        runToCompletion(migration);

        assertThat(storedCommits().get(0)).isEqualTo(sealedAtWrite);
        assertThat(keyIdOf(storedCommits().get(1), 0)).isEqualTo("person/stephen");
        BsonDocument record = migrations().find().first();
        assertThat(record.getInt64("sealedFrom").getValue()).isEqualTo(2);
        assertThat(record.getInt64("commits").getValue()).isEqualTo(1);
        assertThat(sealing.readEvents("stephen").asStream().map(message -> (Object) message.getPayload()))
                .containsExactly(
                        new SealedNote("stephen", "sealed at write"),
                        new SealedNote("stephen", "in the clear"),
                        new SealedNote("stephen", "appended meanwhile"));
    }

    @Test
    void stoppedHalfwayAnotherInstanceTakesOverAfterTheClaimTimeoutFromTheCheckpoint() {
        CommitLogEventStorageEngine plaintext = plaintextEngine(NoOpEventUpcaster.INSTANCE);
        for (int sequence = 0; sequence < 250; sequence++) {
            plaintext.appendEvents(note("stephen", sequence, "Stephen's note " + sequence));
        }
        SealExistingEvents first = migration("instance-a", sealingEngine(NoOpEventUpcaster.INSTANCE));
        assertThat(first.step()).isEqualTo(SealExistingEvents.Step.SEALED_A_WINDOW);
        assertThat(first.step()).isEqualTo(SealExistingEvents.Step.SEALED_A_WINDOW);
        // the first instance stops here, its claim left behind
        assertThat(plaintextPositions()).containsExactlyElementsOf(range(200, 250));
        assertThat(migrations().find().first().getInt64("lastPosition").getValue())
                .isEqualTo(199);

        SealExistingEvents second = migration("instance-b", sealingEngine(NoOpEventUpcaster.INSTANCE));
        clock.advance(CLAIM_TIMEOUT);
        assertThat(second.step()).isEqualTo(SealExistingEvents.Step.CLAIMED_ELSEWHERE);
        assertThat(second.complete()).isFalse();
        clock.advance(Duration.ofMillis(1));

        assertThat(second.step()).isEqualTo(SealExistingEvents.Step.SEALED_A_WINDOW);
        assertThat(plaintextPositions()).isEmpty();
        assertThat(first.step()).isEqualTo(SealExistingEvents.Step.CLAIMED_ELSEWHERE);
        assertThat(second.step()).isEqualTo(SealExistingEvents.Step.COMPLETE);
        BsonDocument record = migrations().find().first();
        assertThat(record.getString("owner").getValue()).isEqualTo("instance-b");
        assertThat(record.getInt64("commits").getValue()).isEqualTo(250);
        assertThat(first.complete()).isTrue();
    }

    @Test
    void ofTwoInstancesStartingTogetherOnlyOneClaimsTheMigration() throws Exception {
        CommitLogEventStorageEngine plaintext = plaintextEngine(NoOpEventUpcaster.INSTANCE);
        for (int sequence = 0; sequence < 150; sequence++) {
            plaintext.appendEvents(note("stephen", sequence, "Stephen's note " + sequence));
        }
        SealExistingEvents a = migration("instance-a", sealingEngine(NoOpEventUpcaster.INSTANCE));
        SealExistingEvents b = migration("instance-b", sealingEngine(NoOpEventUpcaster.INSTANCE));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Callable<SealExistingEvents.Step> stepA = () -> {
                start.await();
                return a.step();
            };
            Callable<SealExistingEvents.Step> stepB = () -> {
                start.await();
                return b.step();
            };
            Future<SealExistingEvents.Step> fromA = threads.submit(stepA);
            Future<SealExistingEvents.Step> fromB = threads.submit(stepB);
            start.countDown();

            assertThat(List.of(fromA.get(), fromB.get()))
                    .containsExactlyInAnyOrder(
                            SealExistingEvents.Step.SEALED_A_WINDOW, SealExistingEvents.Step.CLAIMED_ELSEWHERE);
        } finally {
            threads.shutdownNow();
        }
        String owner = migrations().find().first().getString("owner").getValue();
        SealExistingEvents winner = owner.equals("instance-a") ? a : b;
        SealExistingEvents loser = owner.equals("instance-a") ? b : a;
        assertThat(loser.step()).isEqualTo(SealExistingEvents.Step.CLAIMED_ELSEWHERE);
        assertThat(winner.step()).isEqualTo(SealExistingEvents.Step.SEALED_A_WINDOW);
        assertThat(winner.step()).isEqualTo(SealExistingEvents.Step.COMPLETE);
        assertThat(migrations().find().first().getInt64("commits").getValue()).isEqualTo(150);
    }

    @Test
    void anInstanceWhoseClaimWasTakenOverMidWindowDoesNotCheckpointIt() {
        CommitLogEventStorageEngine plaintext = plaintextEngine(NoOpEventUpcaster.INSTANCE);
        for (int sequence = 0; sequence < 150; sequence++) {
            plaintext.appendEvents(note("stephen", sequence, "Stephen's note " + sequence));
        }
        List<Read> readBefore = readAll(sealingEngine(NoOpEventUpcaster.INSTANCE));
        SealExistingEvents second = migration("instance-b", sealingEngine(NoOpEventUpcaster.INSTANCE));
        SealExistingEvents.Step[] secondsStep = new SealExistingEvents.Step[1];
        SubjectKeys slowLookUp = new SubjectKeys() {
            @Override
            public SubjectKey keyFor(String keyId) {
                return keys.keyFor(keyId);
            }

            @Override
            public Map<String, KeyState> find(Collection<String> keyIds) {
                if (secondsStep[0] == null) {
                    clock.advance(CLAIM_TIMEOUT.plusMillis(1));
                    secondsStep[0] = second.step();
                }
                return keys.find(keyIds);
            }

            @Override
            public void destroy(String keyId, String erasure) {
                keys.destroy(keyId, erasure);
            }
        };
        SealExistingEvents first = new SealExistingEvents(
                sealingEngine(NoOpEventUpcaster.INSTANCE),
                mongo.database(),
                slowLookUp,
                mongo.durability(),
                "instance-a",
                CLAIM_TIMEOUT,
                clock);

        assertThat(first.step()).isEqualTo(SealExistingEvents.Step.CLAIMED_ELSEWHERE);

        assertThat(secondsStep[0]).isEqualTo(SealExistingEvents.Step.SEALED_A_WINDOW);
        BsonDocument record = migrations().find().first();
        assertThat(record.getString("owner").getValue()).isEqualTo("instance-b");
        assertThat(record.getInt64("commits").getValue()).isEqualTo(100);
        runToCompletion(second);
        assertThat(plaintextPositions()).isEmpty();
        assertThat(readAll(sealingEngine(NoOpEventUpcaster.INSTANCE))).isEqualTo(readBefore);
    }

    @Test
    void makesEachWindowDurableBeforeItsCheckpoint() {
        plaintextEngine(NoOpEventUpcaster.INSTANCE).appendEvents(note("stephen", 0, "Stephen's note"));
        SealExistingEvents migration = migration("instance-a", sealingEngine(NoOpEventUpcaster.INSTANCE));
        int before = mongo.durableCommits();

        assertThat(migration.step()).isEqualTo(SealExistingEvents.Step.SEALED_A_WINDOW);

        assertThat(mongo.durableCommits()).isEqualTo(before + 1);
    }

    @Test
    void deletesTheSnapshotsWhenComplete() {
        CommitLogEventStorageEngine plaintext = plaintextEngine(NoOpEventUpcaster.INSTANCE);
        plaintext.appendEvents(note("stephen", 0, "Stephen's note"));
        plaintext.storeSnapshot(new GenericDomainEventMessage<>(
                "Person", "stephen", 0, new SealedNote("stephen", "Stephen Moss's state"), MetaData.emptyInstance()));
        SealExistingEvents migration = migration("instance-a", sealingEngine(NoOpEventUpcaster.INSTANCE));

        assertThat(migration.step()).isEqualTo(SealExistingEvents.Step.SEALED_A_WINDOW);
        assertThat(snapshots().countDocuments()).isEqualTo(1);
        assertThat(migration.complete()).isFalse();
        assertThat(migration.step()).isEqualTo(SealExistingEvents.Step.COMPLETE);

        assertThat(snapshots().countDocuments()).isZero();
        assertThat(migration.complete()).isTrue();
        assertThat(migration.step()).isEqualTo(SealExistingEvents.Step.COMPLETE);
    }

    @Test
    void completesAtOnceOnAStoreThatHoldsNothingYet() {
        SealExistingEvents migration = migration("instance-a", sealingEngine(NoOpEventUpcaster.INSTANCE));

        assertThat(migration.complete()).isFalse();
        assertThat(migration.step()).isEqualTo(SealExistingEvents.Step.COMPLETE);
        assertThat(migrations().find().first().getInt64("sealedFrom").getValue())
                .isZero();
        assertThat(migration("instance-b", sealingEngine(NoOpEventUpcaster.INSTANCE))
                        .complete())
                .isTrue();
    }

    private void runToCompletion(SealExistingEvents migration) {
        for (int steps = 0; steps < 100; steps++) {
            if (migration.step() == SealExistingEvents.Step.COMPLETE) {
                return;
            }
        }
        throw new AssertionError("the migration did not complete");
    }

    /** What a reader sees of each event: everything Axon hands a handler. */
    private record Read(
            String identifier,
            Object payload,
            Map<String, ?> metaData,
            String timestamp,
            String aggregate,
            long sequenceNumber,
            String token) {}

    private static List<Read> readAll(CommitLogEventStorageEngine engine) {
        List<Read> read = new ArrayList<>();
        for (TrackedEventMessage<?> message : engine.readEvents(null, false).toList()) {
            DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> given ? given : null;
            read.add(new Read(
                    message.getIdentifier(),
                    message.getPayload(),
                    Map.copyOf(message.getMetaData()),
                    message.getTimestamp().toString(),
                    domain == null ? null : domain.getAggregateIdentifier(),
                    domain == null ? -1 : domain.getSequenceNumber(),
                    message.trackingToken().toString()));
        }
        return read;
    }

    private static BsonDocument withoutPersonalPayloads(BsonDocument commit) {
        BsonDocument copy = commit.clone();
        for (BsonValue event : copy.getArray("events")) {
            if (event.asDocument().getString("payloadType").getValue().equals(SealedNote.class.getName())) {
                event.asDocument().remove("payload");
            }
        }
        return copy;
    }

    /** The commit with each sealed payload opened with the subject's key, as written. */
    private BsonDocument opened(BsonDocument commit) {
        BsonDocument copy = commit.clone();
        for (BsonValue value : copy.getArray("events")) {
            BsonDocument event = value.asDocument();
            String keyId = Sealing.keyIdOf(event.get("payload"));
            if (keyId != null) {
                event.put(
                        "payload",
                        Sealing.open(
                                event.getDocument("payload"),
                                keys.find(List.of(keyId)).get(keyId),
                                event.getString("eventIdentifier").getValue(),
                                event.getString("payloadType").getValue()));
            }
        }
        return copy;
    }

    private static String keyIdOf(BsonDocument commit, int event) {
        return Sealing.keyIdOf(payload(commit, event));
    }

    private static BsonValue payload(BsonDocument commit, int event) {
        return commit.getArray("events").get(event).asDocument().get("payload");
    }

    private List<Long> plaintextPositions() {
        return storedCommits().stream()
                .filter(commit -> keyIdOf(commit, 0) == null)
                .map(EventDocuments::position)
                .toList();
    }

    private static List<Long> range(long from, long to) {
        return java.util.stream.LongStream.range(from, to).boxed().toList();
    }

    private List<BsonDocument> storedCommits() {
        return commits().find().sort(new BsonDocument("_id", new BsonInt32(1))).into(new ArrayList<>());
    }

    private MongoCollection<BsonDocument> commits() {
        return mongo.database().getCollection(CommitLogEventStorageEngine.COMMITS, BsonDocument.class);
    }

    private MongoCollection<BsonDocument> snapshots() {
        return mongo.database().getCollection(CommitLogEventStorageEngine.SNAPSHOTS, BsonDocument.class);
    }

    private MongoCollection<BsonDocument> migrations() {
        return mongo.database().getCollection(SealExistingEvents.COLLECTION, BsonDocument.class);
    }

    private static DomainEventMessage<SealedNote> note(String person, long sequence, String text) {
        return new GenericDomainEventMessage<>(
                "Person",
                person,
                sequence,
                new SealedNote(person, text),
                MetaData.from(Map.of("userName", "Pat Probation")));
    }

    private SealExistingEvents migration(String owner, CommitLogEventStorageEngine engine) {
        return new SealExistingEvents(engine, mongo.database(), keys, mongo.durability(), owner, CLAIM_TIMEOUT, clock);
    }

    /** An engine of the release before sealing: it writes every payload in the clear. */
    private CommitLogEventStorageEngine plaintextEngine(EventUpcaster upcasters) {
        return open(builder(upcasters).build());
    }

    private CommitLogEventStorageEngine sealingEngine(EventUpcaster upcasters) {
        return open(builder(upcasters).subjectKeys(keys, true).build());
    }

    private CommitLogEventStorageEngine.Builder builder(EventUpcaster upcasters) {
        return CommitLogEventStorageEngine.builder()
                .database(mongo.database())
                .durability(mongo.durability())
                .eventSerializer(TestEvents.serializer())
                .snapshotSerializer(TestEvents.serializer())
                .upcasterChain(upcasters)
                .clock(clock);
    }

    private <T extends AutoCloseable> T open(T closeable) {
        opened.add(closeable);
        return closeable;
    }

    /** Revision 0 of {@link SealedNote} called the person {@code who} and the text {@code note}. */
    private static final class WhoRenamedToPerson extends SingleEventUpcaster {

        private static final SimpleSerializedType FIRST = new SimpleSerializedType(SealedNote.class.getName(), "0");

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return representation.getType().equals(FIRST);
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(
                    new SimpleSerializedType(SealedNote.class.getName(), "1"), JsonNode.class, json -> {
                        ObjectNode object = (ObjectNode) json;
                        object.set("person", object.remove("who"));
                        object.set("text", object.remove("note"));
                        return object;
                    });
        }
    }
}
