package uk.joinedup.caseservice.infrastructure.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.infrastructure.eventstore.TestEvents.note;
import static uk.joinedup.caseservice.infrastructure.eventstore.TestEvents.notes;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Several threads append to shared and to their own aggregates, with single- and multi-event
 * commits, while a pooled streaming processor tracks the store: every acknowledged event is handled
 * exactly once, and each aggregate's events in order.
 */
class ConcurrentAppendWhileTrackingTest {

    private static final int WRITERS = 6;
    private static final int APPENDS_PER_WRITER = 120;
    private static final List<String> SHARED = List.of("shared-0", "shared-1", "shared-2");

    private final EmbeddedMongo mongo = EmbeddedMongo.inMemory();
    private final CommitLogEventStorageEngine engine = CommitLogEventStorageEngine.builder()
            .database(mongo.database())
            .durability(mongo.durability())
            .eventSerializer(TestEvents.serializer())
            .snapshotSerializer(TestEvents.serializer())
            .build();
    private final CommitLogEventStore eventStore = CommitLogEventStore.over(engine);
    private final Recorder recorder = new Recorder();
    private final PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
            .name("concurrency-test")
            .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                    .eventHandlers(recorder)
                    .sequencingPolicy(SequentialPerAggregatePolicy.instance())
                    .build())
            .messageSource(eventStore)
            .tokenStore(new MongoSegmentTokenStore(
                    mongo.database(), TestEvents.serializer(), Duration.ofSeconds(10), "node", Clock.systemUTC()))
            .transactionManager(NoTransactionManager.instance())
            .coordinatorExecutor(Executors.newSingleThreadScheduledExecutor())
            .workerExecutor(Executors.newScheduledThreadPool(4))
            .initialSegmentCount(4)
            .batchSize(10)
            .build();

    @AfterEach
    void stop() {
        processor.shutDown();
        engine.close();
        mongo.close();
    }

    @Test
    void handlesEveryAcknowledgedEventExactlyOnceAndInOrderPerAggregate() throws Exception {
        processor.start();
        Queue<DomainEventMessage<?>> acknowledged = new ConcurrentLinkedQueue<>();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Callable<Void>> work = IntStream.range(0, WRITERS)
                    .<Callable<Void>>mapToObj(writer -> () -> {
                        write("own-" + writer, acknowledged);
                        return null;
                    })
                    .toList();
            for (Future<Void> done : writers.invokeAll(work)) {
                done.get();
            }
        } finally {
            writers.shutdown();
        }

        awaitHandled(acknowledged.size());

        List<DomainEventMessage<?>> handled = new ArrayList<>(recorder.handled);
        assertThat(handled).extracting(EventMessage::getIdentifier).doesNotHaveDuplicates();
        assertThat(handled)
                .extracting(EventMessage::getIdentifier)
                .containsExactlyInAnyOrderElementsOf(
                        acknowledged.stream().map(EventMessage::getIdentifier).toList());
        Map<String, List<Long>> sequencesPerAggregate = handled.stream()
                .collect(Collectors.groupingBy(
                        DomainEventMessage::getAggregateIdentifier,
                        Collectors.mapping(DomainEventMessage::getSequenceNumber, Collectors.toList())));
        sequencesPerAggregate.forEach((aggregate, sequences) ->
                assertThat(sequences).as(aggregate).containsExactlyElementsOf(fromZero(sequences.size())));
    }

    /** Appends to this writer's own aggregate and, in turn, to the shared ones, retrying conflicts. */
    private void write(String own, Queue<DomainEventMessage<?>> acknowledged) {
        long ownSequence = 0;
        for (int append = 0; append < APPENDS_PER_WRITER; append++) {
            if (append % 2 == 0) {
                List<DomainEventMessage<?>> commit =
                        append % 6 == 0 ? notes(own, ownSequence, 2) : List.of(note(own, ownSequence));
                engine.appendEvents(commit);
                acknowledged.addAll(commit);
                ownSequence += commit.size();
            } else {
                appendToShared(SHARED.get(ThreadLocalRandom.current().nextInt(SHARED.size())), acknowledged);
            }
        }
    }

    private void appendToShared(String aggregate, Queue<DomainEventMessage<?>> acknowledged) {
        while (true) {
            long next = engine.lastSequenceNumberFor(aggregate)
                    .map(last -> last + 1)
                    .orElse(0L);
            List<DomainEventMessage<?>> commit = ThreadLocalRandom.current().nextBoolean()
                    ? notes(aggregate, next, 2)
                    : List.of(note(aggregate, next));
            try {
                engine.appendEvents(commit);
                acknowledged.addAll(commit);
                return;
            } catch (ConcurrencyException conflict) {
                // another writer got there first: read the stream's end again
            }
        }
    }

    private void awaitHandled(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (recorder.handled.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    /** Records what the processor hands it. */
    static final class Recorder {

        final Queue<DomainEventMessage<?>> handled = new ConcurrentLinkedQueue<>();

        @EventHandler
        void on(NoteWritten note, EventMessage<?> event) {
            handled.add((DomainEventMessage<?>) event);
        }
    }

    private static List<Long> fromZero(int count) {
        return IntStream.range(0, count).mapToObj(Long::valueOf).toList();
    }
}
