package uk.joinedup.caseservice.infrastructure.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;

/**
 * One event as read from a commit document, before upcasting and deserialisation. Events that belong
 * to no aggregate have a {@code null} aggregate identifier and type; events read from an aggregate's
 * stream (rather than the global stream) have no tracking token.
 */
record StoredEvent(
        String eventIdentifier,
        String timestamp,
        String aggregateType,
        String aggregateIdentifier,
        long sequenceNumber,
        SerializedObject<JsonNode> payload,
        SerializedObject<JsonNode> metaData,
        TrackingToken trackingToken)
        implements DomainEventData<JsonNode>, TrackedEventData<JsonNode> {

    @Override
    public String getEventIdentifier() {
        return eventIdentifier;
    }

    @Override
    public Instant getTimestamp() {
        return Instant.parse(timestamp);
    }

    @Override
    public SerializedObject<JsonNode> getMetaData() {
        return metaData;
    }

    @Override
    public SerializedObject<JsonNode> getPayload() {
        return payload;
    }

    @Override
    public String getType() {
        return aggregateType;
    }

    @Override
    public String getAggregateIdentifier() {
        return aggregateIdentifier;
    }

    @Override
    public long getSequenceNumber() {
        return sequenceNumber;
    }
}
