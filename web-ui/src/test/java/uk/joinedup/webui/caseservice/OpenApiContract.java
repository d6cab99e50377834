package uk.joinedup.webui.caseservice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * case-service's API as the committed OpenAPI document describes it. case-service's {@code
 * OpenApiDocumentIT} keeps the file equal to what the service serves; web-ui may not depend on
 * case-service, so this file is all web-ui knows of it.
 */
final class OpenApiContract {

    /** Relative to web-ui's base directory, where Maven runs its tests. */
    static final Path FILE = Path.of("..", "docs", "api", "case-service.openapi.json");

    private static final String SCHEMAS = "#/components/schemas/";

    private final JsonNode document;

    private OpenApiContract(JsonNode document) {
        this.document = document;
    }

    static OpenApiContract load() {
        if (!Files.exists(FILE)) {
            throw new IllegalStateException(FILE.toAbsolutePath().normalize()
                    + " is missing: case-service's OpenApiDocumentIT writes it (-Dopenapi.update=true)");
        }
        try {
            return of(new ObjectMapper().readTree(FILE.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OpenApiContract of(JsonNode document) {
        return new OpenApiContract(document);
    }

    /**
     * The operation that answers this method and path, if any. A literal path segment beats a path
     * variable, as in Spring MVC: {@code /api/people/possible-duplicates} before {@code
     * /api/people/{personId}}.
     */
    Optional<Operation> operation(HttpMethod method, String path) {
        String verb = method.name().toLowerCase(Locale.ROOT);
        return templatesMatching(path).stream()
                .filter(template -> document.path("paths").path(template).has(verb))
                .findFirst()
                .map(template -> new Operation(
                        method.name(),
                        template,
                        document.path("paths").path(template).path(verb)));
    }

    /** The methods case-service takes at this path, for saying what it takes instead. */
    Set<String> methodsAt(String path) {
        Set<String> methods = new LinkedHashSet<>();
        for (String template : templatesMatching(path)) {
            document.path("paths")
                    .path(template)
                    .fieldNames()
                    .forEachRemaining(name -> methods.add(name.toUpperCase(Locale.ROOT)));
        }
        return methods;
    }

    private List<String> templatesMatching(String path) {
        String[] segments = path.split("/", -1);
        List<String> matching = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(template -> {
            if (matches(template.split("/", -1), segments)) {
                matching.add(template);
            }
        });
        matching.sort(Comparator.comparingLong(OpenApiContract::variables));
        return matching;
    }

    private static boolean matches(String[] template, String[] segments) {
        if (template.length != segments.length) {
            return false;
        }
        for (int i = 0; i < template.length; i++) {
            boolean variable = template[i].startsWith("{") && template[i].endsWith("}");
            if (!variable && !template[i].equals(segments[i])) {
                return false;
            }
        }
        return true;
    }

    private static long variables(String template) {
        return template.chars().filter(c -> c == '{').count();
    }

    /** The schema itself: {@code $ref} followed, {@code allOf} merged into one object schema. */
    JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        for (int hops = 0; resolved.has("$ref"); hops++) {
            if (hops > 20) {
                throw new IllegalStateException("$ref loop at " + schema);
            }
            resolved = named(resolved.get("$ref").asText());
        }
        return resolved.has("allOf") ? merged(resolved) : resolved;
    }

    private JsonNode named(String ref) {
        if (!ref.startsWith(SCHEMAS)) {
            throw new IllegalStateException("only local schema references are expected, not " + ref);
        }
        JsonNode schema = document.path("components").path("schemas").path(ref.substring(SCHEMAS.length()));
        if (schema.isMissingNode()) {
            throw new IllegalStateException("the document refers to a schema it does not have: " + ref);
        }
        return schema;
    }

    private JsonNode merged(JsonNode schema) {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        ObjectNode properties = merged.putObject("properties");
        ArrayNode required = merged.putArray("required");
        merged.put("type", "object");
        List<JsonNode> parts = new ArrayList<>();
        schema.get("allOf").forEach(part -> parts.add(resolve(part)));
        parts.add(schema);
        for (JsonNode part : parts) {
            for (Iterator<Map.Entry<String, JsonNode>> it =
                            part.path("properties").fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                properties.set(property.getKey(), property.getValue());
            }
            part.path("required").forEach(required::add);
        }
        return merged;
    }

    /** How a schema is named in messages: its component name, or its type. */
    static String nameOf(JsonNode schema) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
        if (schema.has("oneOf")) {
            return "one of " + schema.get("oneOf").size() + " shapes";
        }
        return schema.path("type").asText("an untyped schema");
    }

    /** Something that fits the schema, with every property: what the stand-in for case-service answers. */
    JsonNode sample(JsonNode schema) {
        return sample(schema, 0);
    }

    private JsonNode sample(JsonNode schema, int depth) {
        if (depth > 30) {
            throw new IllegalStateException("schema nests too deeply to sample: " + schema);
        }
        JsonNode resolved = resolve(schema);
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (resolved.has("oneOf")) {
            return sample(resolved.get("oneOf").get(0), depth + 1);
        }
        if (resolved.has("enum")) {
            return resolved.get("enum").get(0);
        }
        switch (typeOf(resolved)) {
            case "string":
                return switch (resolved.path("format").asText()) {
                    case "date" -> nodes.textNode("2026-01-15");
                    case "date-time" -> nodes.textNode("2026-01-15T10:30:00Z");
                    default -> nodes.textNode("sample");
                };
            case "integer":
                return nodes.numberNode(1);
            case "number":
                return nodes.numberNode(1.5);
            case "boolean":
                return nodes.booleanNode(true);
            case "array":
                return nodes.arrayNode().add(sample(resolved.path("items"), depth + 1));
            case "object":
                ObjectNode object = nodes.objectNode();
                resolved.path("properties")
                        .fields()
                        .forEachRemaining(
                                property -> object.set(property.getKey(), sample(property.getValue(), depth + 1)));
                if (resolved.path("additionalProperties").isObject()) {
                    object.set("key", sample(resolved.get("additionalProperties"), depth + 1));
                }
                return object;
            default:
                return nodes.nullNode();
        }
    }

    /** The JSON type a resolved schema describes; an object when it has properties but names no type. */
    static String typeOf(JsonNode resolved) {
        if (resolved.has("type")) {
            return resolved.get("type").asText();
        }
        if (resolved.has("properties") || resolved.has("additionalProperties")) {
            return "object";
        }
        return "";
    }

    /** One operation of the API: a method at a path template. */
    record Operation(String method, String template, JsonNode node) {

        String name() {
            return method + " " + template;
        }

        Optional<JsonNode> requestSchema() {
            return firstSchema(node.path("requestBody").path("content"));
        }

        /** The media types the operation takes as its body, e.g. {@code application/json} or {@code text/csv}. */
        List<String> requestMediaTypes() {
            List<String> types = new ArrayList<>();
            node.path("requestBody").path("content").fieldNames().forEachRemaining(types::add);
            return types;
        }

        boolean requiresBody() {
            return node.path("requestBody").path("required").asBoolean(false);
        }

        /** The body of the first successful answer, if the document describes one. */
        Optional<JsonNode> responseSchema() {
            for (Iterator<Map.Entry<String, JsonNode>> it =
                            node.path("responses").fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> response = it.next();
                if (response.getKey().startsWith("2")) {
                    return firstSchema(response.getValue().path("content"));
                }
            }
            return Optional.empty();
        }

        List<JsonNode> queryParameters() {
            List<JsonNode> query = new ArrayList<>();
            node.path("parameters").forEach(parameter -> {
                if ("query".equals(parameter.path("in").asText())) {
                    query.add(parameter);
                }
            });
            return query;
        }

        private static Optional<JsonNode> firstSchema(JsonNode content) {
            Iterator<JsonNode> types = content.elements();
            return types.hasNext() ? Optional.of(types.next().path("schema")) : Optional.empty();
        }
    }
}
