package uk.joinedup.caseservice.chronology;

import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Rebuilds a record "as at" a past date from its aggregate's event stream, never from a read model:
 * every event whose business date is on or before that date, as it is known now. Registrations and
 * amendments (corrections, retractions) have no business date of their own and always apply, so a
 * correction made later still corrects the fact it amends.
 */
public final class History {

    private History() {}

    /** How one event changes a record (null before the first event); must tolerate missing targets. */
    @FunctionalInterface
    public interface Evolver<R, E> {
        R evolve(R record, E event, Recorded recorded, long version);
    }

    /** The date an event happened on, or null when it always applies. */
    @FunctionalInterface
    public interface BusinessDate<E> {
        LocalDate of(E event);
    }

    public static <R, E> Optional<R> asAt(
            EventStore eventStore,
            String aggregateId,
            LocalDate date,
            Class<E> eventType,
            BusinessDate<E> businessDate,
            Evolver<R, E> evolver) {
        R record = null;
        DomainEventStream events = eventStore.readEvents(aggregateId, 0L);
        while (events.hasNext()) {
            DomainEventMessage<?> message = events.next();
            if (!eventType.isInstance(message.getPayload())) {
                continue;
            }
            E event = eventType.cast(message.getPayload());
            LocalDate happened = businessDate.of(event);
            if (happened == null || !happened.isAfter(date)) {
                record = evolver.evolve(record, event, Recorded.from(message), message.getSequenceNumber());
            }
        }
        return Optional.ofNullable(record);
    }
}
