package uk.joinedup.caseservice.infrastructure.axon;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * What happens when a read model fails to handle an event. The event is skipped so that one broken
 * projection does not hold every read model back (ADR 8), but it never vanishes quietly: the failure is
 * logged (event type and position, never its content, which can name people), counted in the metric
 * {@value #METRIC} by read model and event type, and the {@code readModels} health indicator reports
 * the service down, naming the failures, until it restarts after the fix and the read models are
 * rebuilt.
 */
final class ProjectionFailures extends AbstractHealthIndicator implements ListenerInvocationErrorHandler {

    static final String METRIC = "joinedup.projection.failures";
    private static final int KEPT = 20;
    private static final String WRITE = "batched write";
    private static final Logger log = LoggerFactory.getLogger(ProjectionFailures.class);

    private final MeterRegistry meters;
    private final Clock clock;
    private final Deque<Failure> latest = new ArrayDeque<>();
    private long count;

    ProjectionFailures(MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public void onError(Exception exception, EventMessage<?> event, EventMessageHandler handler) {
        String readModel = readModelOf(handler);
        String eventType = event.getPayloadType().getSimpleName();
        String aggregate = event instanceof DomainEventMessage<?> domain
                ? domain.getAggregateIdentifier() + "#" + domain.getSequenceNumber()
                : "-";
        log.error(
                "Read model {} failed on {} {} ({}): the event was skipped; rebuild the read models after the fix",
                readModel,
                eventType,
                aggregate,
                exception.getClass().getName());
        meters.counter(METRIC, "readModel", readModel, "event", eventType).increment();
        record(new Failure(readModel, eventType, aggregate, exception.getClass().getName(), clock.instant()));
    }

    /**
     * A read model's write the store refused when its batch was written: skipped like an event a read model
     * failed on, and reported the same way under the collection's name.
     */
    void onWriteRefused(String collection, RuntimeException exception) {
        log.error(
                "The store refused a write to read model collection {} ({}): it was skipped; rebuild the read models"
                        + " after the fix",
                collection,
                exception.getClass().getName());
        meters.counter(METRIC, "readModel", collection, "event", WRITE).increment();
        record(new Failure(collection, WRITE, "-", exception.getClass().getName(), clock.instant()));
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        synchronized (latest) {
            if (count == 0) {
                builder.up();
            } else {
                builder.down().withDetail("failures", count).withDetail("latest", List.copyOf(latest));
            }
        }
    }

    private void record(Failure failure) {
        synchronized (latest) {
            count++;
            latest.addFirst(failure);
            if (latest.size() > KEPT) {
                latest.removeLast();
            }
        }
    }

    private static String readModelOf(EventMessageHandler handler) {
        ProcessingGroup group = handler.getTargetType().getAnnotation(ProcessingGroup.class);
        return group != null ? group.value() : handler.getTargetType().getSimpleName();
    }

    /**
     * One event a read model could not handle.
     *
     * @param aggregate the aggregate id and sequence number of the event
     * @param error the exception's class: its message may quote personal data
     */
    record Failure(String readModel, String event, String aggregate, String error, Instant at) {}
}
