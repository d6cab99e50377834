package uk.joinedup.webui.caseservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import uk.joinedup.webui.caseservice.ClientCalls.Call;
import uk.joinedup.webui.caseservice.ClientCalls.Exchange;
import uk.joinedup.webui.caseservice.OpenApiContract.Operation;

/**
 * web-ui's copy of case-service's API against the contract, {@code docs/api/case-service.openapi.json},
 * which case-service's {@code OpenApiDocumentIT} keeps equal to the API it serves. Every public method
 * of every client in this package is called with sample arguments against a stand-in answering as the
 * contract says; each request must be an operation of the contract, with query parameters and a body
 * it takes, and each answer must fit the records web-ui reads it into (see {@link ContractComparison}).
 *
 * <p>When this fails after a change to case-service, change web-ui's records to match (or the other
 * way round); the file itself is only ever regenerated from case-service.
 */
class CaseServiceContractTest {

    /** Records of the package that are no request or response body, and why. */
    private static final Map<Class<?>, String> NOT_BODIES = Map.of(
            CaseServiceProperties.class, "configuration",
            ChronologyQuery.class, "sent as query parameters, which are checked with each call",
            AccessLogQuery.class, "sent as query parameters, which are checked with each call",
            InvalidRequest.FieldProblem.class, "read from problem details, which the contract does not describe");

    private static final OpenApiContract CONTRACT = OpenApiContract.load();
    private static final ObjectMapper JSON = webUisObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyCallOfTheClientsFitsCaseServicesApi() {
        ClientCalls calls = new ClientCalls(CONTRACT, JSON);
        return ClientCalls.clientMethods().stream().map(method -> {
            Call call = calls.run(method);
            return DynamicTest.dynamicTest(call.name(), () -> {
                List<String> problems = compare(call, comparison()).problems();
                if (!problems.isEmpty()) {
                    fail(call.name() + " does not fit " + OpenApiContract.FILE.normalize() + ":\n  "
                            + String.join("\n  ", problems));
                }
            });
        });
    }

    @Test
    void everyRecordAndEnumOfTheClientIsComparedWithTheContract() {
        ClientCalls calls = new ClientCalls(CONTRACT, JSON);
        ContractComparison comparison = comparison();
        List<Call> made = ClientCalls.clientMethods().stream().map(calls::run).toList();
        made.forEach(call -> compare(call, comparison));

        List<String> notCompared = ClientCalls.classesOfThePackage().stream()
                .filter(type -> type.isRecord() || type.isEnum())
                .filter(type ->
                        !NOT_BODIES.containsKey(type) && !comparison.compared().contains(type))
                .map(ContractComparison::simpleName)
                .toList();
        assertThat(made).as("client calls").isNotEmpty();
        assertThat(notCompared)
                .as(
                        "records and enums of %s never compared with the contract: each must be sent or read by a client"
                                + " method, or be listed in NOT_BODIES with the reason",
                        ClientCalls.PACKAGE)
                .isEmpty();
    }

    private static ContractComparison comparison() {
        return new ContractComparison(
                CONTRACT,
                JSON.isEnabled(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                        || JSON.isEnabled(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE));
    }

    private static ContractComparison compare(Call call, ContractComparison comparison) {
        int before = comparison.problems().size();
        if (call.exchanges().isEmpty() && call.failure() != null) {
            comparison.problem("failed before sending anything: " + call.failure());
        }
        for (Exchange exchange : call.exchanges()) {
            String path = exchange.uri.getPath();
            Optional<Operation> operation = CONTRACT.operation(exchange.method, path);
            if (operation.isEmpty()) {
                Set<String> methods = CONTRACT.methodsAt(path);
                comparison.problem("web-ui calls " + exchange.method + " " + path + ", which case-service "
                        + (methods.isEmpty() ? "does not have" : "takes only as " + methods));
                continue;
            }
            queryParameters(exchange, operation.get(), comparison);
            requestBody(exchange, operation.get(), comparison);
            responseBody(exchange, operation.get(), comparison);
        }
        if (call.failure() != null && comparison.problems().size() == before) {
            comparison.problem("failed on case-service's sample answer: " + call.failure());
        }
        return comparison;
    }

    private static void queryParameters(Exchange exchange, Operation operation, ContractComparison comparison) {
        MultiValueMap<String, String> sent =
                UriComponentsBuilder.fromUri(exchange.uri).build().getQueryParams();
        List<String> taken = new ArrayList<>();
        operation
                .queryParameters()
                .forEach(parameter -> taken.add(parameter.path("name").asText()));
        for (JsonNode parameter : operation.queryParameters()) {
            String name = parameter.path("name").asText();
            if (parameter.path("required").asBoolean(false) && !sent.containsKey(name)) {
                comparison.problem(operation.name() + ": web-ui does not send query parameter '" + name
                        + "', which case-service requires");
            }
        }
        sent.forEach((name, values) -> {
            Optional<JsonNode> parameter = operation.queryParameters().stream()
                    .filter(candidate -> candidate.path("name").asText().equals(name))
                    .findFirst();
            if (parameter.isEmpty()) {
                comparison.problem(operation.name() + ": web-ui sends query parameter '" + name
                        + "', which case-service does not take (it takes " + taken + ")");
                return;
            }
            JsonNode schema = parameter.get().path("schema");
            for (String value : values) {
                comparison.json(asJson(value, schema), schema, operation.name() + " ?" + name);
            }
        });
    }

    /** A query parameter's text as the JSON value case-service reads it as. */
    private static JsonNode asJson(String value, JsonNode schema) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        String type = OpenApiContract.typeOf(CONTRACT.resolve(schema));
        try {
            return switch (type) {
                case "boolean" ->
                    value.equals("true") || value.equals("false")
                            ? nodes.booleanNode(Boolean.parseBoolean(value))
                            : nodes.textNode(value);
                case "integer" -> nodes.numberNode(Long.parseLong(value));
                case "number" -> nodes.numberNode(Double.parseDouble(value));
                default -> nodes.textNode(value);
            };
        } catch (NumberFormatException e) {
            return nodes.textNode(value);
        }
    }

    private static void requestBody(Exchange exchange, Operation operation, ContractComparison comparison) {
        Optional<JsonNode> schema = operation.requestSchema();
        if (exchange.body == null) {
            if (operation.requiresBody()) {
                comparison.problem(operation.name() + ": web-ui sends no body, case-service requires one");
            }
            return;
        }
        if (schema.isEmpty()) {
            comparison.problem(operation.name() + ": web-ui sends a body, case-service takes none");
            return;
        }
        if (exchange.contentType != null && !exchange.contentType.isCompatibleWith(MediaType.APPLICATION_JSON)) {
            // a file as it is (an extract's CSV): case-service must take its media type; there is no JSON to compare
            if (!operation
                    .requestMediaTypes()
                    .contains(exchange.contentType.getType() + "/" + exchange.contentType.getSubtype())) {
                comparison.problem(operation.name() + ": web-ui sends " + exchange.contentType + ", case-service takes "
                        + operation.requestMediaTypes());
            }
            return;
        }
        Type sentType = exchange.sentType;
        boolean typed = sentType != null && ContractComparison.raw(sentType).isRecord();
        String where = operation.name() + " " + (typed ? ContractComparison.simpleName(sentType) : "body");
        comparison.json(read(exchange.body), schema.get(), where);
        if (typed) {
            comparison.sent(sentType, schema.get(), where);
        }
    }

    private static void responseBody(Exchange exchange, Operation operation, ContractComparison comparison) {
        if (exchange.readType == null) {
            return;
        }
        Optional<JsonNode> schema = operation.responseSchema();
        String where = operation.name() + " " + ContractComparison.simpleName(exchange.readType);
        if (schema.isEmpty()) {
            comparison.problem(where + ": web-ui reads an answer, case-service describes none");
            return;
        }
        comparison.read(exchange.readType, schema.get(), where);
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ObjectMapper web-ui's RestClient uses: Spring Boot's, configured by web-ui's application.yml. */
    private static ObjectMapper webUisObjectMapper() {
        AtomicReference<ObjectMapper> mapper = new AtomicReference<>();
        new ApplicationContextRunner()
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .run(context -> mapper.set(context.getBean(ObjectMapper.class)));
        return mapper.get();
    }
}
