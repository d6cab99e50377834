package uk.joinedup.caseservice.infrastructure.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoCollection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.infrastructure.crypto.EnvelopeTampered;
import uk.joinedup.caseservice.infrastructure.crypto.InMemorySubjectKeys;
import uk.joinedup.caseservice.infrastructure.crypto.SubjectKeys;
import uk.joinedup.caseservice.personaldata.ErasedEvent;

/** Events holding personal data are stored sealed under their subject's key, and read as erased once it is gone. */
class SealedEventsTest {

    private static final String SECRET = "Tom Hill told the school he sleeps at his aunt's";

    private final List<AutoCloseable> opened = new ArrayList<>();
    private final EmbeddedMongo mongo = open(EmbeddedMongo.inMemory());
    private final InMemorySubjectKeys keys = new InMemorySubjectKeys();

    @AfterEach
    void closeEverything() throws Exception {
        for (int index = opened.size() - 1; index >= 0; index--) {
            opened.get(index).close();
        }
    }

    @Test
    void storesAnEventHoldingPersonalDataSealedAndReadsItAsWritten() {
        CommitLogEventStorageEngine engine = engine(keys, true);
        DomainEventMessage<SealedNote> written = note("stephen", 0, SECRET);
        engine.appendEvents(written);

        BsonDocument payload = storedEvent(0).getDocument("payload");
        assertThat(payload.keySet()).containsExactly("_sealed");
        BsonDocument sealed = payload.getDocument("_sealed");
        assertThat(sealed.getString("k").getValue()).isEqualTo("person/stephen");
        assertThat(sealed.getBinary("n").getData()).hasSize(12);
        assertThat(new String(sealed.getBinary("c").getData(), StandardCharsets.ISO_8859_1))
                .doesNotContain("Tom Hill");
        assertThat(storedEvent(0).toJson()).doesNotContain("Tom Hill").doesNotContain("aunt");

        assertThat(engine.readEvents("stephen").asStream().<Object>map(DomainEventMessage::getPayload))
                .containsExactly(new SealedNote("stephen", SECRET));
        List<? extends TrackedEventMessage<?>> tracked =
                engine.readEvents(null, false).toList();
        assertThat(tracked)
                .extracting(event -> (Object) event.getPayload())
                .containsExactly(new SealedNote("stephen", SECRET));
        assertThat(tracked.get(0).getIdentifier()).isEqualTo(written.getIdentifier());
        assertThat(tracked.get(0).getMetaData()).containsEntry("userName", "Pat Probation");
    }

    @Test
    void leavesAnEventWithoutPersonalDataInTheClear() {
        engine(keys, true).appendEvents(TestEvents.note("stephen", 0));

        assertThat(storedEvent(0).getDocument("payload"))
                .isEqualTo(BsonDocument.parse("{subject: 'stephen', text: 'note 0', words: 2}"));
    }

    @Test
    void readsAnErasedSubjectsEventsAsErasedAndEveryoneElsesAsWritten() {
        CommitLogEventStorageEngine engine = engine(keys, true);
        engine.appendEvents(note("stephen", 0, SECRET), note("stephen", 1, "second"));
        engine.appendEvents(note("tony", 0, "Tony's note"));

        keys.destroy("person/stephen", "erasure-1");

        List<? extends TrackedEventMessage<?>> tracked =
                engine.readEvents(null, false).toList();
        assertThat(tracked)
                .extracting(event -> (Object) event.getPayload())
                .containsExactly(
                        new ErasedEvent(SealedNote.class.getName(), "person/stephen"),
                        new ErasedEvent(SealedNote.class.getName(), "person/stephen"),
                        new SealedNote("tony", "Tony's note"));
        assertThat(engine.readEvents("stephen").asStream())
                .extracting(DomainEventMessage::getSequenceNumber, DomainEventMessage::getPayloadType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0L, ErasedEvent.class),
                        org.assertj.core.groups.Tuple.tuple(1L, ErasedEvent.class));
    }

    @Test
    void failsLoudlyWhenAKeyIsNeitherThereNorDestroyed() {
        engine(keys, true).appendEvents(note("stephen", 0, SECRET));

        CommitLogEventStorageEngine restoredFromAnotherBackup = engine(new InMemorySubjectKeys(), true);

        assertThatThrownBy(() -> restoredFromAnotherBackup
                        .readEvents("stephen")
                        .asStream()
                        .toList())
                .isInstanceOf(MissingSubjectKey.class)
                .hasMessageContaining("person/stephen");
        assertThatThrownBy(
                        () -> restoredFromAnotherBackup.readEvents(null, false).toList())
                .isInstanceOf(MissingSubjectKey.class);
    }

    @Test
    void anEnvelopeMovedToAnotherEventFailsItsTag() {
        CommitLogEventStorageEngine engine = engine(keys, true);
        engine.appendEvents(note("stephen", 0, SECRET));
        engine.appendEvents(note("stephen", 1, "harmless"));
        BsonDocument first = storedEvent(0);
        BsonDocument second = commits()
                .find(new BsonDocument("_id", new org.bson.BsonInt64(1)))
                .first();
        second.getArray("events").get(0).asDocument().put("payload", first.getDocument("payload"));
        commits().replaceOne(new BsonDocument("_id", new org.bson.BsonInt64(1)), second);

        assertThatThrownBy(() ->
                        engine(keys, true).readEvents("stephen").asStream().toList())
                .isInstanceOf(EnvelopeTampered.class);
    }

    @Test
    void withSealingOffWritesNewEventsInTheClearButStillOpensSealedOnes() {
        engine(keys, true).appendEvents(note("stephen", 0, SECRET));
        CommitLogEventStorageEngine unsealed = engine(keys, false);
        unsealed.appendEvents(note("stephen", 1, "in the clear"));

        assertThat(commits()
                        .find(new BsonDocument("_id", new org.bson.BsonInt64(1)))
                        .first()
                        .toJson())
                .contains("in the clear");
        assertThat(unsealed.readEvents("stephen").asStream().<Object>map(DomainEventMessage::getPayload))
                .containsExactly(new SealedNote("stephen", SECRET), new SealedNote("stephen", "in the clear"));
    }

    @Test
    void sealsTheSnapshotOfAPersonAndReadsNoneOnceTheirKeyIsDestroyed() {
        CommitLogEventStorageEngine engine = engine(keys, true);
        engine.storeSnapshot(new GenericDomainEventMessage<>(
                "Person", "stephen", 7, new SealedNote("stephen", SECRET), MetaData.emptyInstance()));

        BsonDocument stored = snapshots().find().first();
        assertThat(stored.getDocument("payload")
                        .getDocument("_sealed")
                        .getString("k")
                        .getValue())
                .isEqualTo("person/stephen");
        assertThat(stored.toJson()).doesNotContain("Tom Hill");
        assertThat(engine.readSnapshot("stephen").<Object>map(DomainEventMessage::getPayload))
                .contains(new SealedNote("stephen", SECRET));

        keys.destroy("person/stephen", "erasure-1");

        assertThat(engine.readSnapshot("stephen")).isEmpty();
    }

    @Test
    void leavesTheSnapshotOfAnAggregateThatIsNoSubjectInTheClear() {
        engine(keys, true)
                .storeSnapshot(new GenericDomainEventMessage<>(
                        "Budget",
                        "budget-1",
                        7,
                        new NoteWritten("budget-1", "allocated", 1),
                        MetaData.emptyInstance()));

        assertThat(snapshots()
                        .find()
                        .first()
                        .getDocument("payload")
                        .getString("text")
                        .getValue())
                .isEqualTo("allocated");
    }

    private static DomainEventMessage<SealedNote> note(String person, long sequence, String text) {
        return new GenericDomainEventMessage<>(
                "Person",
                person,
                sequence,
                new SealedNote(person, text),
                MetaData.from(Map.of("userName", "Pat Probation")));
    }

    private BsonDocument storedEvent(long position) {
        return commits()
                .find(new BsonDocument("_id", new org.bson.BsonInt64(position)))
                .first()
                .getArray("events")
                .get(0)
                .asDocument();
    }

    private MongoCollection<BsonDocument> commits() {
        return mongo.database().getCollection(CommitLogEventStorageEngine.COMMITS, BsonDocument.class);
    }

    private MongoCollection<BsonDocument> snapshots() {
        return mongo.database().getCollection(CommitLogEventStorageEngine.SNAPSHOTS, BsonDocument.class);
    }

    private CommitLogEventStorageEngine engine(SubjectKeys subjectKeys, boolean sealNew) {
        return open(CommitLogEventStorageEngine.builder()
                .database(mongo.database())
                .durability(mongo.durability())
                .eventSerializer(TestEvents.serializer())
                .snapshotSerializer(TestEvents.serializer())
                .subjectKeys(subjectKeys, sealNew)
                .build());
    }

    private <T extends AutoCloseable> T open(T closeable) {
        opened.add(closeable);
        return closeable;
    }
}
