package uk.joinedup.caseservice.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Every write endpoint of the API description the service serves, sent bodies made from its schemas and
 * then spoiled: fields missing, extra or of the wrong JSON type, huge and negative numbers, boundary and
 * impossible dates, unknown enum values, Unicode edge cases, keys given twice. At least 10,000 requests:
 * not one may be answered 5xx, and a refused one (4xx) must store nothing (the event store's head does
 * not move). Seeded and repeatable: {@code -Dfuzz.seed=...}; the seed is printed.
 */
class WriteFuzzIT extends ApiIntegrationTest {

    private static final int AT_LEAST = 10_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static final List<String> DATES = List.of(
            "0000-01-01",
            "-999999999-01-01",
            "+1000000000-12-31",
            "1899-12-31",
            "1900-01-01",
            "2199-12-31",
            "2200-01-01",
            "2024-02-30",
            "2023-02-29",
            "2025-13-01",
            "20250101",
            "",
            "2025-1-1",
            "today");
    private static final List<String> TEXTS = List.of(
            "",
            " ",
            "\u00A0",
            "\u0000",
            "\uFEFFWalker",
            "\u202Eevil",
            "\uD83D\uDE00 family",
            "a\u0301".repeat(3000),
            "x".repeat(10_001),
            "<script>alert(1)</script>",
            "'; drop table people; --",
            "${jndi:ldap://x}",
            "\\u0000",
            "\n\r\t",
            "Ω≈ç√∫",
            "\uD800");
    private static final List<JsonNode> NUMBERS = List.of(
            NODES.numberNode(-1),
            NODES.numberNode(0),
            NODES.numberNode(Integer.MAX_VALUE),
            NODES.numberNode(Long.MIN_VALUE),
            NODES.numberNode(new java.math.BigInteger("9223372036854775808")),
            NODES.numberNode(1e308),
            NODES.numberNode(-1.5),
            NODES.numberNode(new java.math.BigDecimal("1e-400")));

    @Test
    void noWriteAnswers5xxAndNoRefusedWriteStoresAnything() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        System.out.println("WriteFuzzIT seed: " + seed + " (repeat with -Dfuzz.seed=" + seed + ")");
        Random random = new Random(seed);

        JsonNode api = get(earlyHelpManager(), "/v3/api-docs").getBody();
        Map<String, String> ids = realIds();
        List<String> writes = new ArrayList<>();
        api.get("paths").fields().forEachRemaining(path -> {
            if (path.getValue().has("post")) {
                writes.add(path.getKey());
            }
        });
        assertThat(writes).as("write endpoints in the API description").hasSizeGreaterThan(30);

        int perEndpoint = AT_LEAST / writes.size() + 1;
        int sent = 0;
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        Actor[] actors = {earlyHelpManager(), earlyHelpKeyworker(), jobcentreAdviser()};
        for (int round = 0; round < perEndpoint; round++) {
            for (String template : writes) {
                JsonNode schema = bodySchema(api, template);
                JsonNode valid = schema == null ? NODES.objectNode() : example(api, schema, random, 0);
                String body = spoil(api, schema, valid, random);
                String path = expand(template, ids, random);
                Actor actor = actors[random.nextInt(actors.length)];
                long head = eventStoreHead();
                ResponseEntity<String> response = raw(actor, path, body);
                sent++;
                int status = response.getStatusCode().value();
                statuses.merge(status, 1, Integer::sum);
                if (status >= 500) {
                    failures.add(status + " POST " + path + " " + abbreviate(body) + " -> " + response.getBody());
                } else if (status >= 400 && eventStoreHead() != head) {
                    failures.add("stored on " + status + ": POST " + path + " " + abbreviate(body));
                }
            }
        }

        System.out.println(
                "WriteFuzzIT sent " + sent + " requests, " + failures.size() + " failures; by status " + statuses);
        assertThat(sent).isGreaterThanOrEqualTo(AT_LEAST);
        // the requests reached the endpoints: most are refused as invalid, some are carried out
        assertThat(statuses.getOrDefault(400, 0)).isGreaterThan(AT_LEAST / 4);
        assertThat(statuses.entrySet().stream()
                        .filter(status -> status.getKey() < 300)
                        .mapToInt(Map.Entry::getValue)
                        .sum())
                .isPositive();
        assertThat(failures).as("seed " + seed).isEmpty();
    }

    /** A family with an open led case, a person in it, a referral, a plan: real ids for the paths. */
    private Map<String, String> realIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        String person = ok(
                earlyHelpKeyworker(),
                "/api/people",
                Map.of("givenNames", "Stephen", "familyName", "Walker", "dateOfBirth", "1984-02-09"));
        String family = ok(earlyHelpKeyworker(), "/api/families", Map.of("name", "Walker family"));
        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/members",
                Map.of("personId", person, "relationship", "PARENT"),
                family);
        String referral = ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/referrals",
                Map.of("reason", "Concern", "riskFactors", List.of("OTHER")),
                family);
        ok(
                earlyHelpManager(),
                "/api/families/{id}/referrals/{r}/acceptance",
                Map.of("allocatedTo", Map.of("username", earlyHelpKeyworker().userId())),
                family,
                referral);
        ids.put("personId", person);
        ids.put("familyId", family);
        ids.put("referralId", referral);
        ids.put("userId", jobcentreAdviser().userId());
        return ids;
    }

    private static String expand(String template, Map<String, String> ids, Random random) {
        Matcher variable = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String id = ids.get(variable.group(1));
            String value = id != null && random.nextInt(10) > 0 ? id : pick(random, List.of("no-such-id", "x", "0"));
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variable.appendTail(path);
        return path.toString();
    }

    private static JsonNode bodySchema(JsonNode api, String template) {
        JsonNode schema = api.at("/paths/" + template.replace("~", "~0").replace("/", "~1")
                + "/post/requestBody/content/application~1json/schema");
        return schema.isMissingNode() ? null : schema;
    }

    private static JsonNode resolve(JsonNode api, JsonNode schema) {
        JsonNode current = schema;
        while (current != null && current.has("$ref")) {
            current = api.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    /** A body the schema would accept, as far as a schema says. */
    private static JsonNode example(JsonNode api, JsonNode reference, Random random, int depth) {
        JsonNode schema = resolve(api, reference);
        if (schema == null || depth > 6) {
            return NODES.nullNode();
        }
        if (schema.has("oneOf")) {
            JsonNode choice =
                    schema.get("oneOf").get(random.nextInt(schema.get("oneOf").size()));
            ObjectNode fact = (ObjectNode) example(api, choice, random, depth + 1);
            String ref = choice.path("$ref").asText();
            fact.put("type", ref.substring(ref.lastIndexOf('/') + 1));
            return fact;
        }
        if (schema.has("allOf")) {
            ObjectNode merged = NODES.objectNode();
            for (JsonNode part : schema.get("allOf")) {
                JsonNode partExample = example(api, part, random, depth + 1);
                if (partExample.isObject()) {
                    merged.setAll((ObjectNode) partExample);
                }
            }
            return merged;
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        String type = schema.path("type").asText("object");
        switch (type) {
            case "string":
                return "date".equals(schema.path("format").asText())
                        ? NODES.textNode("2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10))
                        : NODES.textNode("text " + random.nextInt(100));
            case "integer":
                return NODES.numberNode(
                        schema.has("minimum") ? schema.get("minimum").asLong() : 1);
            case "number":
                return NODES.numberNode(1.0);
            case "boolean":
                return NODES.booleanNode(random.nextBoolean());
            case "array":
                ArrayNode array = NODES.arrayNode();
                array.add(example(api, schema.get("items"), random, depth + 1));
                return array;
            default:
                ObjectNode object = NODES.objectNode();
                Iterator<Map.Entry<String, JsonNode>> properties =
                        schema.path("properties").fields();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    object.set(property.getKey(), example(api, property.getValue(), random, depth + 1));
                }
                return object;
        }
    }

    /** The valid body, or one spoilt in one of many ways, as the text to send. */
    private static String spoil(JsonNode api, JsonNode schema, JsonNode valid, Random random) throws Exception {
        JsonNode body = valid.deepCopy();
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(body, objects);
        ObjectNode target = objects.isEmpty() ? null : objects.get(random.nextInt(objects.size()));
        String field = target == null || target.isEmpty() ? null : pick(random, fieldNames(target));
        switch (random.nextInt(11)) {
            case 0:
                return JSON.writeValueAsString(body);
            case 1:
                if (field != null) {
                    target.remove(field);
                }
                return JSON.writeValueAsString(body);
            case 2:
                if (target != null) {
                    target.put(pick(random, List.of("agency", "actor", "extra", "__proto__", "expectedversion")), "x");
                }
                return JSON.writeValueAsString(body);
            case 3:
                if (field != null) {
                    target.set(field, pick(random, wrongTypes()));
                }
                return JSON.writeValueAsString(body);
            case 4:
                if (field != null) {
                    target.set(field, pick(random, NUMBERS));
                }
                return JSON.writeValueAsString(body);
            case 5:
                if (field != null) {
                    target.put(field, pick(random, DATES));
                }
                return JSON.writeValueAsString(body);
            case 6:
                if (field != null) {
                    target.put(field, "NOT_A_VALUE");
                }
                return JSON.writeValueAsString(body);
            case 7:
                if (field != null) {
                    target.put(field, pick(random, TEXTS));
                }
                return JSON.writeValueAsString(body);
            case 8:
                String text = JSON.writeValueAsString(body);
                return field == null || !text.startsWith("{\"")
                        ? text
                        : "{\"" + field + "\":" + JSON.writeValueAsString(pick(random, wrongTypes())) + ","
                                + text.substring(1);
            case 9:
                return pick(random, List.of("", "null", "[]", "\"text\"", "42", "{", "{\"a\":}", "{}", "{} {}"));
            default:
                if (field != null) {
                    target.set(field, NODES.nullNode());
                }
                return JSON.writeValueAsString(body);
        }
    }

    private static List<JsonNode> wrongTypes() {
        return List.of(
                NODES.numberNode(12345),
                NODES.textNode("12345"),
                NODES.booleanNode(true),
                NODES.nullNode(),
                NODES.arrayNode().add("a"),
                NODES.objectNode().put("a", 1),
                NODES.numberNode(1.5));
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        node.elements().forEachRemaining(child -> collectObjects(child, objects));
    }

    private static List<String> fieldNames(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private ResponseEntity<String> raw(Actor actor, String path, String body) {
        return as(actor)
                .post()
                .uri(baseUrl() + path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(String.class);
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
