package uk.joinedup.caseservice.infrastructure.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;
import uk.joinedup.caseservice.infrastructure.crypto.KeyState;
import uk.joinedup.caseservice.personaldata.ErasedEvent;

/**
 * The stored shape of commits, their events and snapshots: the one place that knows the field names.
 *
 * <pre>
 * commit:    { _id: position, streamKeys: ["aggregateId/sequence", ...], events: [event, ...] }
 * tombstone: { _id: position, tombstone: "why" }   (a position that will never hold events)
 * event:     { eventIdentifier, aggregateType, aggregateIdentifier, sequenceNumber, timestamp,
 *              payloadType, payloadRevision, payload: {...}, metaData: {...} }
 * payload:   the event's fields, or, holding personal data, { _sealed: { k: keyId, n, c } } ({@link Sealing})
 * snapshot:  an event whose _id is the aggregate identifier
 * </pre>
 */
final class EventDocuments {

    static final String ID = "_id";
    static final String STREAM_KEYS = "streamKeys";
    static final String EVENTS = "events";
    static final String TOMBSTONE = "tombstone";

    static final String EVENT_IDENTIFIER = "eventIdentifier";
    static final String AGGREGATE_TYPE = "aggregateType";
    static final String AGGREGATE_IDENTIFIER = "aggregateIdentifier";
    static final String SEQUENCE_NUMBER = "sequenceNumber";
    static final String TIMESTAMP = "timestamp";
    static final String PAYLOAD_TYPE = "payloadType";
    static final String PAYLOAD_REVISION = "payloadRevision";
    static final String PAYLOAD = "payload";
    static final String META_DATA = "metaData";

    private static final SerializedType META_DATA_TYPE = new SimpleSerializedType(MetaData.class.getName(), null);
    private static final SerializedType ERASED = new SimpleSerializedType(ErasedEvent.class.getName(), "1");
    private static final KeyState MISSING = new KeyState.Missing();

    private EventDocuments() {}

    /** The key that makes {@code (aggregateIdentifier, sequenceNumber)} unique and finds a stream. */
    static String streamKey(String aggregateIdentifier, long sequenceNumber) {
        return streamKeyPrefix(aggregateIdentifier) + sequenceNumber;
    }

    static String streamKeyPrefix(String aggregateIdentifier) {
        return aggregateIdentifier + "/";
    }

    static BsonDocument event(EventMessage<?> event, JacksonSerializer serializer, Sealing sealing) {
        SerializedType payloadType = serializer.typeForClass(event.getPayloadType());
        BsonDocument document = new BsonDocument(EVENT_IDENTIFIER, new BsonString(event.getIdentifier()));
        if (event instanceof DomainEventMessage<?> domainEvent) {
            if (domainEvent.getType() != null) {
                document.append(AGGREGATE_TYPE, new BsonString(domainEvent.getType()));
            }
            document.append(AGGREGATE_IDENTIFIER, new BsonString(domainEvent.getAggregateIdentifier()))
                    .append(SEQUENCE_NUMBER, new BsonInt64(domainEvent.getSequenceNumber()));
        }
        document.append(TIMESTAMP, new BsonString(event.getTimestamp().toString()))
                .append(PAYLOAD_TYPE, new BsonString(payloadType.getName()));
        if (payloadType.getRevision() != null) {
            document.append(PAYLOAD_REVISION, new BsonString(payloadType.getRevision()));
        }
        ObjectMapper mapper = serializer.getObjectMapper();
        BsonValue payload = BsonJson.toBson(mapper, event.getPayload());
        if (payload.isDocument()) {
            payload = sealing.payload(
                    event.getPayload(), payload.asDocument(), event.getIdentifier(), payloadType.getName());
        }
        return document.append(PAYLOAD, payload).append(META_DATA, BsonJson.toBson(mapper, event.getMetaData()));
    }

    static BsonDocument commit(long position, List<String> streamKeys, BsonArray events) {
        BsonDocument commit = new BsonDocument(ID, new BsonInt64(position));
        if (!streamKeys.isEmpty()) {
            BsonArray keys = new BsonArray(streamKeys.size());
            streamKeys.forEach(key -> keys.add(new BsonString(key)));
            commit.append(STREAM_KEYS, keys);
        }
        return commit.append(EVENTS, events);
    }

    static BsonDocument tombstone(long position, String reason) {
        return new BsonDocument(ID, new BsonInt64(position)).append(TOMBSTONE, new BsonString(reason));
    }

    static long position(BsonDocument commit) {
        return commit.getInt64(ID).getValue();
    }

    static boolean isTombstone(BsonDocument commit) {
        return commit.containsKey(TOMBSTONE);
    }

    static List<BsonDocument> events(BsonDocument commit) {
        BsonArray events = commit.getArray(EVENTS, new BsonArray());
        return events.stream().map(BsonValue::asDocument).toList();
    }

    /** A snapshot, sealed whole under its aggregate's key when the aggregate is a data subject. */
    static BsonDocument snapshot(DomainEventMessage<?> snapshot, JacksonSerializer serializer, Sealing sealing) {
        BsonDocument document = new BsonDocument(ID, new BsonString(snapshot.getAggregateIdentifier()));
        document.putAll(event(snapshot, serializer, Sealing.off()));
        BsonValue payload = document.get(PAYLOAD);
        if (payload.isDocument()) {
            document.put(
                    PAYLOAD,
                    sealing.snapshotPayload(
                            snapshot.getType(),
                            snapshot.getAggregateIdentifier(),
                            payload.asDocument(),
                            snapshot.getIdentifier(),
                            document.getString(PAYLOAD_TYPE).getValue()));
        }
        return document;
    }

    /**
     * The event as Axon reads it: a sealed payload opened with its key from {@code keys}, or, its key destroyed,
     * an {@link ErasedEvent} in its place.
     *
     * @param keys the state of the keys of this event's window ({@link Sealing#keyIdsOf})
     */
    static StoredEvent storedEvent(BsonDocument event, TrackingToken token, Map<String, KeyState> keys) {
        BsonValue revision = event.get(PAYLOAD_REVISION);
        SerializedType payloadType = new SimpleSerializedType(
                event.getString(PAYLOAD_TYPE).getValue(),
                revision == null ? null : revision.asString().getValue());
        BsonValue payload = event.get(PAYLOAD);
        String keyId = Sealing.keyIdOf(payload);
        if (keyId != null) {
            BsonDocument opened = Sealing.open(
                    payload.asDocument(),
                    keys.getOrDefault(keyId, MISSING),
                    event.getString(EVENT_IDENTIFIER).getValue(),
                    payloadType.getName());
            if (opened == null) {
                payload = new BsonDocument("originalType", new BsonString(payloadType.getName()))
                        .append("subject", new BsonString(keyId));
                payloadType = ERASED;
            } else {
                payload = opened;
            }
        }
        BsonValue aggregateType = event.get(AGGREGATE_TYPE);
        BsonValue aggregateIdentifier = event.get(AGGREGATE_IDENTIFIER);
        BsonValue sequenceNumber = event.get(SEQUENCE_NUMBER);
        return new StoredEvent(
                event.getString(EVENT_IDENTIFIER).getValue(),
                event.getString(TIMESTAMP).getValue(),
                aggregateType == null ? null : aggregateType.asString().getValue(),
                aggregateIdentifier == null
                        ? null
                        : aggregateIdentifier.asString().getValue(),
                sequenceNumber == null ? 0L : sequenceNumber.asInt64().getValue(),
                new BsonSerializedObject(payload, payloadType),
                new BsonSerializedObject(event.get(META_DATA), META_DATA_TYPE),
                token);
    }
}
