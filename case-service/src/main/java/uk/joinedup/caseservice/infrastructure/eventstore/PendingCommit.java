package uk.joinedup.caseservice.infrastructure.eventstore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.BsonArray;
import org.bson.BsonDocument;

/**
 * The events of one {@code appendEvents} call, serialised by the appending thread and waiting for the
 * commit writer to store them as one document. The appending thread waits for the outcome and sees
 * exceptions raised in its own stack.
 */
final class PendingCommit {

    private enum Outcome {
        STORED,
        SEQUENCE_TAKEN
    }

    private final BsonArray events;
    private final List<String> streamKeys;
    private final EventMessage<?> firstEvent;
    private final CompletableFuture<Outcome> outcome = new CompletableFuture<>();

    private PendingCommit(BsonArray events, List<String> streamKeys, EventMessage<?> firstEvent) {
        this.events = events;
        this.streamKeys = streamKeys;
        this.firstEvent = firstEvent;
    }

    static PendingCommit of(List<? extends EventMessage<?>> events, JacksonSerializer serializer, Sealing sealing) {
        BsonArray documents = new BsonArray(events.size());
        List<String> streamKeys = new ArrayList<>();
        for (EventMessage<?> event : events) {
            documents.add(EventDocuments.event(event, serializer, sealing));
            if (event instanceof DomainEventMessage<?> domainEvent) {
                streamKeys.add(EventDocuments.streamKey(
                        domainEvent.getAggregateIdentifier(), domainEvent.getSequenceNumber()));
            }
        }
        return new PendingCommit(documents, streamKeys, events.get(0));
    }

    BsonDocument document(long position) {
        return EventDocuments.commit(position, streamKeys, events);
    }

    /** Whether {@code commit}, found at a position this commit was written to, is this commit. */
    boolean isStoredAs(BsonDocument commit) {
        List<BsonDocument> stored = EventDocuments.events(commit);
        return !stored.isEmpty()
                && stored.get(0)
                        .get(EventDocuments.EVENT_IDENTIFIER)
                        .equals(events.get(0).asDocument().get(EventDocuments.EVENT_IDENTIFIER));
    }

    void stored() {
        outcome.complete(Outcome.STORED);
    }

    void sequenceTaken() {
        outcome.complete(Outcome.SEQUENCE_TAKEN);
    }

    void failed(Exception cause) {
        outcome.completeExceptionally(cause);
    }

    /** Blocks until the commit is durable, or throws what went wrong. */
    void awaitStored() {
        try {
            if (outcome.get() == Outcome.SEQUENCE_TAKEN) {
                throw new ConcurrencyException(sequenceTakenMessage());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventStoreException("Interrupted while appending " + describeFirstEvent(), e);
        } catch (ExecutionException e) {
            throw new EventStoreException(describeFirstEvent() + " could not be persisted", e.getCause());
        }
    }

    private String sequenceTakenMessage() {
        if (firstEvent instanceof DomainEventMessage<?> domainEvent) {
            if (domainEvent.getSequenceNumber() == 0) {
                return String.format(
                        "Cannot reuse aggregate identifier [%s] to create aggregate [%s] since identifiers need to be unique.",
                        domainEvent.getAggregateIdentifier(), domainEvent.getType());
            }
            return String.format(
                    "An event for aggregate [%s] at sequence [%d] was already inserted",
                    domainEvent.getAggregateIdentifier(), domainEvent.getSequenceNumber());
        }
        return describeFirstEvent() + " conflicts with an event already stored";
    }

    private String describeFirstEvent() {
        return "The commit starting with event [" + firstEvent.getIdentifier() + "]";
    }
}
