package uk.joinedup.caseservice.infrastructure.axon;

import java.time.Duration;
import java.util.Collection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Waits, within a bound, until every streaming processor has passed the event store's current head. */
@Component
public class ProjectionCatchUp {

    private static final Logger log = LoggerFactory.getLogger(ProjectionCatchUp.class);

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final Duration timeout;

    ProjectionCatchUp(
            EventStore eventStore,
            EventProcessingConfiguration processing,
            @Value("${joinedup.read-your-writes-timeout:5s}") Duration timeout) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.timeout = timeout;
    }

    void awaitHead() {
        if (!awaitHead(timeout)) {
            log.warn("Read models did not catch up within {}; a read may be stale", timeout);
        }
    }

    /** Whether every streaming processor passed the head of the event store as it is now, within {@code limit}. */
    public boolean awaitHead(Duration limit) {
        TrackingToken head = eventStore.createHeadToken();
        if (head == null) {
            return true;
        }
        long deadline = System.nanoTime() + limit.toNanos();
        while (!allCover(head)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            pause();
        }
        return true;
    }

    private boolean allCover(TrackingToken head) {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .allMatch(processor -> covers(processor.processingStatus().values(), head));
    }

    private static boolean covers(Collection<EventTrackerStatus> segments, TrackingToken head) {
        return !segments.isEmpty()
                && segments.stream()
                        .allMatch(segment -> segment.getTrackingToken() != null
                                && segment.getTrackingToken().covers(head));
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for read models", e);
        }
    }
}
