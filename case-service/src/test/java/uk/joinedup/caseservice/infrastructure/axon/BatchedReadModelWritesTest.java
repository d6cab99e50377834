package uk.joinedup.caseservice.infrastructure.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.InMemoryDocuments;

/**
 * The read models' writes of a batch of events reach the store once its last event is handled, before the
 * unit of work commits (where the processor stores its token); a batch rolled back writes nothing.
 */
class BatchedReadModelWritesTest {

    private final InMemoryDocuments store = new InMemoryDocuments();
    private final DocumentCollection<Seen> seen = store.documents().collection("seen", Seen.class);
    private final BatchedReadModelWrites interceptor =
            new BatchedReadModelWrites(new ProjectionFailures(new SimpleMeterRegistry(), Clock.systemUTC()));
    private final List<Integer> storedBeforeEachEvent = new ArrayList<>();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aBatchsWritesReachTheStoreAfterItsLastEventAndBeforeItCommits() throws Exception {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events("a", "b", "c"));
        List<Integer> storedAtCommit = new ArrayList<>();
        batch.onPrepareCommit(u -> storedAtCommit.add(store.all("seen").size()));

        handle(batch, event -> seen.save((String) event.getPayload(), new Seen((String) event.getPayload())));

        assertThat(storedBeforeEachEvent).containsExactly(0, 0, 0);
        assertThat(storedAtCommit).containsExactly(3);
        seen.save("after", new Seen("after"));
        assertThat(store.all("seen")).hasSize(4);
    }

    @Test
    void aBatchRolledBackWritesNothingAndLeavesNoBatchOpen() {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events("a", "b"));

        assertThatThrownBy(() -> handle(batch, event -> {
                    seen.save((String) event.getPayload(), new Seen((String) event.getPayload()));
                    if (event.getPayload().equals("b")) {
                        throw new IllegalStateException("the read model failed");
                    }
                }))
                .hasMessage("the read model failed");

        assertThat(store.all("seen")).isEmpty();
        seen.save("after", new Seen("after"));
        assertThat(store.all("seen")).hasSize(1);
    }

    @Test
    void anEventHandledOutsideABatchIsWrittenAsItIsHandled() throws Exception {
        DefaultUnitOfWork<EventMessage<?>> single =
                new DefaultUnitOfWork<>(events("a").get(0));
        single.executeWithResult(() -> new DefaultInterceptorChain<>(single, List.of(interceptor), event -> {
                    seen.save("a", new Seen("a"));
                    assertThat(store.all("seen")).hasSize(1);
                    return null;
                })
                .proceed());

        assertThat(store.all("seen")).hasSize(1);
    }

    private void handle(UnitOfWork<EventMessage<?>> batch, ThrowingHandler handler) throws Exception {
        var result = batch.executeWithResult(
                () -> new DefaultInterceptorChain<>(batch, List.of(interceptor), event -> {
                            storedBeforeEachEvent.add(store.all("seen").size());
                            handler.handle(event);
                            return null;
                        })
                        .proceed(),
                RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            throw (Exception) result.exceptionResult();
        }
    }

    private static List<EventMessage<?>> events(String... payloads) {
        List<EventMessage<?>> events = new ArrayList<>();
        for (String payload : payloads) {
            events.add(GenericEventMessage.asEventMessage(payload));
        }
        return events;
    }

    @FunctionalInterface
    private interface ThrowingHandler {
        void handle(EventMessage<?> event) throws Exception;
    }

    record Seen(@JsonProperty("_id") String id) {}
}
