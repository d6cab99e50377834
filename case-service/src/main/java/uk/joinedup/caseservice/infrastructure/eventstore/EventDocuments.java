package uk.joinedup.caseservice.infrastructure.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
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

/**
 * The stored shape of commits, their events and snapshots: the one place that knows the field names.
 *
 * <pre>
 * commit:    { _id: position, streamKeys: ["aggregateId/sequence", ...], events: [event, ...] }
 * tombstone: { _id: position, tombstone: "why" }   (a position that will never hold events)
 * event:     { eventIdentifier, aggregateType, aggregateIdentifier, sequenceNumber, timestamp,
 *              payloadType, payloadRevision, payload: {...}, metaData: {...} }
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

    private EventDocuments() {}

    /** The key that makes {@code (aggregateIdentifier, sequenceNumber)} unique and finds a stream. */
    static String streamKey(String aggregateIdentifier, long sequenceNumber) {
        return streamKeyPrefix(aggregateIdentifier) + sequenceNumber;
    }

    static String streamKeyPrefix(String aggregateIdentifier) {
        return aggregateIdentifier + "/";
    }

    static BsonDocument event(EventMessage<?> event, JacksonSerializer serializer) {
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
        return document.append(PAYLOAD, BsonJson.toBson(mapper, event.getPayload()))
                .append(META_DATA, BsonJson.toBson(mapper, event.getMetaData()));
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

    static BsonDocument snapshot(DomainEventMessage<?> snapshot, JacksonSerializer serializer) {
        BsonDocument document = new BsonDocument(ID, new BsonString(snapshot.getAggregateIdentifier()));
        document.putAll(event(snapshot, serializer));
        return document;
    }

    static StoredEvent storedEvent(BsonDocument event, TrackingToken token) {
        BsonValue revision = event.get(PAYLOAD_REVISION);
        SerializedType payloadType = new SimpleSerializedType(
                event.getString(PAYLOAD_TYPE).getValue(),
                revision == null ? null : revision.asString().getValue());
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
                new BsonSerializedObject(event.get(PAYLOAD), payloadType),
                new BsonSerializedObject(event.get(META_DATA), META_DATA_TYPE),
                token);
    }
}
