package uk.joinedup.caseservice.infrastructure.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.bson.BsonValue;

/**
 * A stored payload or metadata document, offered to Axon's upcasters and serializer as a {@link
 * JsonNode}. The BSON is converted on first use only, so events a handler never looks at cost no
 * conversion.
 */
final class BsonSerializedObject implements SerializedObject<JsonNode> {

    private final BsonValue bson;
    private final SerializedType type;
    private volatile JsonNode json;

    BsonSerializedObject(BsonValue bson, SerializedType type) {
        this.bson = Objects.requireNonNull(bson, "bson");
        this.type = Objects.requireNonNull(type, "type");
    }

    @Override
    public Class<JsonNode> getContentType() {
        return JsonNode.class;
    }

    @Override
    public SerializedType getType() {
        return type;
    }

    @Override
    public JsonNode getData() {
        JsonNode converted = json;
        if (converted == null) {
            converted = BsonJson.toJson(bson);
            json = converted;
        }
        return converted;
    }
}
