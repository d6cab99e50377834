package uk.joinedup.caseservice.infrastructure.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBoolean;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.types.Decimal128;

/**
 * Converts Jackson trees to BSON values and back, so that payloads and metadata are stored as plain,
 * readable BSON documents rather than opaque strings, and upcasters see them as {@link JsonNode}s.
 */
final class BsonJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private BsonJson() {}

    static BsonValue toBson(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> toBsonDocument(node);
            case ARRAY -> toBsonArray(node);
            case STRING -> new BsonString(node.textValue());
            case BOOLEAN -> BsonBoolean.valueOf(node.booleanValue());
            case NUMBER -> toBsonNumber(node);
            case BINARY -> new BsonBinary(binary(node));
            case NULL, MISSING -> BsonNull.VALUE;
            case POJO -> throw new IllegalArgumentException("Cannot store a POJO node as BSON: " + node);
        };
    }

    static JsonNode toJson(BsonValue value) {
        return switch (value.getBsonType()) {
            case DOCUMENT -> toObjectNode(value.asDocument());
            case ARRAY -> toArrayNode(value.asArray());
            case STRING -> NODES.textNode(value.asString().getValue());
            case BOOLEAN -> NODES.booleanNode(value.asBoolean().getValue());
            case INT32 -> NODES.numberNode(value.asInt32().getValue());
            case INT64 -> NODES.numberNode(value.asInt64().getValue());
            case DOUBLE -> NODES.numberNode(value.asDouble().getValue());
            case DECIMAL128 -> NODES.numberNode(value.asDecimal128().getValue().bigDecimalValue());
            case BINARY -> NODES.binaryNode(value.asBinary().getData());
            case NULL -> NODES.nullNode();
            default ->
                throw new IllegalArgumentException("Unexpected BSON type in a stored payload: " + value.getBsonType());
        };
    }

    private static BsonDocument toBsonDocument(JsonNode node) {
        BsonDocument document = new BsonDocument();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            document.append(field.getKey(), toBson(field.getValue()));
        }
        return document;
    }

    private static BsonArray toBsonArray(JsonNode node) {
        BsonArray array = new BsonArray(node.size());
        node.forEach(element -> array.add(toBson(element)));
        return array;
    }

    private static BsonValue toBsonNumber(JsonNode node) {
        if (node.isInt() || node.isShort()) {
            return new BsonInt32(node.intValue());
        }
        if (node.isLong() || (node.isBigInteger() && node.canConvertToLong())) {
            return new BsonInt64(node.longValue());
        }
        if (node.isBigInteger() || node.isBigDecimal()) {
            return new BsonDecimal128(
                    new Decimal128(new BigDecimal(node.numberValue().toString())));
        }
        return new BsonDouble(node.doubleValue());
    }

    private static byte[] binary(JsonNode node) {
        try {
            return node.binaryValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode toObjectNode(BsonDocument document) {
        ObjectNode object = NODES.objectNode();
        document.forEach((name, value) -> object.set(name, toJson(value)));
        return object;
    }

    private static ArrayNode toArrayNode(BsonArray array) {
        ArrayNode node = NODES.arrayNode(array.size());
        array.forEach(element -> node.add(toJson(element)));
        return node;
    }
}
