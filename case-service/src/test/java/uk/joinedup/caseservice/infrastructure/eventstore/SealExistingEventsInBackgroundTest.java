package uk.joinedup.caseservice.infrastructure.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.mongodb.client.MongoCollection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import uk.joinedup.caseservice.infrastructure.crypto.InMemorySubjectKeys;

/** Once the service has started, the events written before sealing are sealed in the background. */
class SealExistingEventsInBackgroundTest {

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
    void sealsEveryWindowAfterStartUp() throws InterruptedException {
        CommitLogEventStorageEngine plaintext = engine().build();
        for (int sequence = 0; sequence < 150; sequence++) {
            plaintext.appendEvents(new GenericDomainEventMessage<>(
                    "Person",
                    "stephen",
                    sequence,
                    new SealedNote("stephen", "note " + sequence),
                    MetaData.emptyInstance()));
        }
        plaintext.close();
        SealExistingEvents migration = migration();
        SealExistingEventsInBackground background =
                open(new SealExistingEventsInBackground(migration, true, Duration.ofMillis(10)));

        background.onApplicationEvent(mock(ApplicationReadyEvent.class));

        for (int waited = 0; waited < 300 && !migration.complete(); waited++) {
            Thread.sleep(100);
        }
        assertThat(migration.complete()).isTrue();
        assertThat(migrations().find().first().getInt64("commits").getValue()).isEqualTo(150);
    }

    @Test
    void doesNotStartWithSealingOff() throws InterruptedException {
        SealExistingEventsInBackground background =
                open(new SealExistingEventsInBackground(migration(), false, Duration.ofMillis(10)));

        background.onApplicationEvent(mock(ApplicationReadyEvent.class));
        Thread.sleep(1000); // long enough for a first step on an empty store, were it running

        assertThat(migrations().countDocuments()).isZero();
    }

    private SealExistingEvents migration() {
        return new SealExistingEvents(
                open(engine().subjectKeys(keys, true).build()),
                mongo.database(),
                keys,
                mongo.durability(),
                "instance-a",
                Duration.ofSeconds(10),
                Clock.systemUTC());
    }

    private CommitLogEventStorageEngine.Builder engine() {
        return CommitLogEventStorageEngine.builder()
                .database(mongo.database())
                .durability(mongo.durability())
                .eventSerializer(TestEvents.serializer())
                .snapshotSerializer(TestEvents.serializer());
    }

    private MongoCollection<BsonDocument> migrations() {
        return mongo.database().getCollection(SealExistingEvents.COLLECTION, BsonDocument.class);
    }

    private <T extends AutoCloseable> T open(T closeable) {
        opened.add(closeable);
        return closeable;
    }
}
