package uk.joinedup.caseservice.infrastructure.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.infrastructure.eventstore.TestEvents.note;
import static uk.joinedup.caseservice.infrastructure.eventstore.TestEvents.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Tracking streams of {@link CommitLogEventStore}: whole commits, woken by appends, resuming where they were. */
class CommitLogEventStoreTest {

    private final EmbeddedMongo mongo = EmbeddedMongo.inMemory();
    private final List<AutoCloseable> opened = new ArrayList<>();
    private final CommitLogEventStorageEngine engine = engine();
    private final CommitLogEventStore store = CommitLogEventStore.over(engine);

    @AfterEach
    void close() throws Exception {
        for (int last = opened.size() - 1; last >= 0; last--) {
            opened.get(last).close();
        }
        mongo.close();
    }

    @Test
    void theRestOfACommitIsThereAsSoonAsItsFirstEventIsTaken() throws Exception {
        TrackingEventStream stream = open();
        assertThat(stream.hasNextAvailable(10, TimeUnit.MILLISECONDS)).isFalse();

        engine.appendEvents(notes("family-1", 0, 3));

        assertThat(stream.hasNextAvailable(10, TimeUnit.SECONDS)).isTrue();
        TrackedEventMessage<?> first = stream.nextAvailable();
        for (long sequence = 1; sequence < 3; sequence++) {
            assertThat(stream.peek())
                    .as("event %d of the commit, without waiting", sequence)
                    .hasValueSatisfying(next -> assertThat(next.trackingToken()).isEqualTo(first.trackingToken()));
            assertThat(((DomainEventMessage<?>) stream.nextAvailable()).getSequenceNumber())
                    .isEqualTo(sequence);
        }
    }

    @Test
    void wakesItsConsumerWhenThisInstanceStoresACommit() throws Exception {
        TrackingEventStream stream = open();
        assertThat(stream.hasNextAvailable(10, TimeUnit.MILLISECONDS)).isFalse();
        CountDownLatch woken = new CountDownLatch(1);
        assertThat(stream.setOnAvailableCallback(woken::countDown)).isTrue();

        engine.appendEvents(note("person-1", 0));

        assertThat(woken.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)).isTrue();
    }

    @Test
    void findsCommitsThatAnotherInstanceStoredAtItsNextLook() throws Exception {
        TrackingEventStream stream = open();
        assertThat(stream.hasNextAvailable(10, TimeUnit.MILLISECONDS)).isFalse();

        engine().appendEvents(note("person-2", 0));

        assertThat(stream.hasNextAvailable(10, TimeUnit.SECONDS)).isTrue();
        assertThat(((DomainEventMessage<?>) stream.nextAvailable()).getAggregateIdentifier())
                .isEqualTo("person-2");
    }

    @Test
    void aStreamReopenedAtAHandledTokenContinuesAfterIt() throws Exception {
        engine.appendEvents(notes("person-3", 0, 2));
        engine.appendEvents(note("person-3", 2));
        TrackingEventStream first = open();
        first.nextAvailable();
        TrackedEventMessage<?> endOfFirstCommit = first.nextAvailable();
        first.close();

        engine.appendEvents(note("person-3", 3));
        TrackingEventStream reopened = store.openStream(endOfFirstCommit.trackingToken());
        opened.add(reopened);

        assertThat(List.of(reopened.nextAvailable(), reopened.nextAvailable()))
                .map(event -> ((DomainEventMessage<?>) event).getSequenceNumber())
                .containsExactly(2L, 3L);
        assertThat(reopened.hasNextAvailable(10, TimeUnit.MILLISECONDS)).isFalse();
    }

    @Test
    void publishedEventsReachTheStreamThroughTheEventBus() throws Exception {
        TrackingEventStream stream = open();

        store.publish(TestEvents.unattached("a note about nobody"));

        assertThat(stream.hasNextAvailable(10, TimeUnit.SECONDS)).isTrue();
        assertThat(stream.nextAvailable())
                .extracting(EventMessage::getPayload)
                .isEqualTo(new NoteWritten("nobody", "a note about nobody", 1));
    }

    private TrackingEventStream open() {
        TrackingEventStream stream = store.openStream(null);
        opened.add(stream);
        return stream;
    }

    private CommitLogEventStorageEngine engine() {
        CommitLogEventStorageEngine created = CommitLogEventStorageEngine.builder()
                .database(mongo.database())
                .durability(mongo.durability())
                .eventSerializer(TestEvents.serializer())
                .snapshotSerializer(TestEvents.serializer())
                .build();
        opened.add(created);
        return created;
    }
}
