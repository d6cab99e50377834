package uk.joinedup.caseservice.infrastructure.eventstore;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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
 * Converts between Jackson and BSON, so that payloads and metadata are stored as plain, readable BSON
 * documents rather than opaque strings, and upcasters and the serializer read them as {@link
 * JsonNode}s.
 */
final class BsonJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private BsonJson() {}

    /**
     * Writes {@code value} with the mapper, as Jackson would write it to JSON, straight into BSON:
     * through a token buffer rather than bytes or a tree, which is the cheapest way out of Jackson.
     */
    static BsonValue toBson(ObjectMapper mapper, Object value) {
        try (TokenBuffer tokens = new TokenBuffer(mapper, false)) {
            mapper.writeValue(tokens, value);
            try (JsonParser parser = tokens.asParser()) {
                parser.nextToken();
                return read(parser);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BsonValue read(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> readDocument(parser);
            case START_ARRAY -> readArray(parser);
            case VALUE_STRING -> new BsonString(parser.getText());
            case VALUE_TRUE -> BsonBoolean.TRUE;
            case VALUE_FALSE -> BsonBoolean.FALSE;
            case VALUE_NULL -> BsonNull.VALUE;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> readNumber(parser);
            case VALUE_EMBEDDED_OBJECT -> readEmbedded(parser);
            default -> throw new IllegalStateException("Unexpected JSON token " + parser.currentToken());
        };
    }

    private static BsonDocument readDocument(JsonParser parser) throws IOException {
        BsonDocument document = new BsonDocument();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            document.append(name, read(parser));
        }
        return document;
    }

    private static BsonArray readArray(JsonParser parser) throws IOException {
        BsonArray array = new BsonArray();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(read(parser));
        }
        return array;
    }

    private static BsonValue readNumber(JsonParser parser) throws IOException {
        return switch (parser.getNumberType()) {
            case INT -> new BsonInt32(parser.getIntValue());
            case LONG -> new BsonInt64(parser.getLongValue());
            case BIG_INTEGER -> new BsonDecimal128(new Decimal128(new BigDecimal(parser.getBigIntegerValue())));
            case BIG_DECIMAL -> new BsonDecimal128(new Decimal128(parser.getDecimalValue()));
            case FLOAT, DOUBLE -> new BsonDouble(parser.getDoubleValue());
        };
    }

    private static BsonValue readEmbedded(JsonParser parser) throws IOException {
        if (parser.getEmbeddedObject() instanceof byte[] bytes) {
            return new BsonBinary(bytes);
        }
        throw new IllegalArgumentException("Cannot store " + parser.getEmbeddedObject() + " as BSON");
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
