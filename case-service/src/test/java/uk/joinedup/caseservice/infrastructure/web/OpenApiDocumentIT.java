package uk.joinedup.caseservice.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.Separators.Spacing;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;

/**
 * The API description web-ui is checked against, {@code docs/api/case-service.openapi.json}, is the one
 * this service serves (to a signed-in user: it is not public outside development). web-ui may not depend on case-service, so the contract travels as that file:
 * this test fails when the API changed and the file did not; web-ui's {@code CaseServiceContractTest}
 * fails when web-ui's copy of the API no longer fits the file.
 *
 * <p>To accept a change to the API, regenerate the file and commit it with the change:
 *
 * <pre>./mvnw -pl case-service verify -Dit.test=OpenApiDocumentIT -Dopenapi.update=true</pre>
 *
 * <p>The file is the served document with its keys sorted, so that diffs are readable and do not
 * depend on the order springdoc found things in, and without {@code servers}, which names the random
 * port.
 */
class OpenApiDocumentIT extends ApiIntegrationTest {

    private static final String CONTRACT_NAME = "docs/api/case-service.openapi.json";
    private static final Path CONTRACT = Path.of("..").resolve(CONTRACT_NAME);
    private static final Path SERVED = Path.of("target", "openapi", "case-service.openapi.json");
    private static final String REGENERATE =
            "./mvnw -pl case-service verify -Dit.test=OpenApiDocumentIT -Dopenapi.update=true";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void committedContractIsTheDocumentThisServiceServes() throws IOException {
        ResponseEntity<JsonNode> response =
                as(earlyHelpKeyworker()).get().uri("/v3/api-docs").retrieve().toEntity(JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);

        String served = write(normalised(response.getBody()));
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, served, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(CONTRACT.getParent());
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }

        String committed = Files.exists(CONTRACT) ? Files.readString(CONTRACT, StandardCharsets.UTF_8) : "";
        if (!committed.equals(served)) {
            fail(
                    "case-service's API is not the one described by %s (%s). The served description is in"
                            + " case-service/%s. If the change is intended, regenerate the file with%n  %s%nand"
                            + " commit it with the change: web-ui's CaseServiceContractTest then checks web-ui"
                            + " against it.",
                    CONTRACT_NAME, firstDifference(committed, served), SERVED, REGENERATE);
        }
    }

    private static String firstDifference(String committed, String served) {
        if (committed.isEmpty()) {
            return "there is no such file";
        }
        String[] before = committed.split("\n", -1);
        String[] now = served.split("\n", -1);
        int line = 0;
        while (line < before.length && line < now.length && before[line].equals(now[line])) {
            line++;
        }
        return String.format(
                "first difference at line %d: committed %s, served %s",
                line + 1,
                line < before.length ? "'" + before[line].strip() + "'" : "nothing",
                line < now.length ? "'" + now[line].strip() + "'" : "nothing");
    }

    /** Keys sorted at every level (the order of arrays means something and is kept), no {@code servers}. */
    private static JsonNode normalised(JsonNode document) {
        ObjectNode sorted = (ObjectNode) sorted(document);
        sorted.remove("servers");
        return sorted;
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            ObjectNode sorted = JsonNodeFactory.instance.objectNode();
            names.forEach(name -> sorted.set(name, sorted(node.get(name))));
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode sorted = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> sorted.add(sorted(element)));
            return sorted;
        }
        return node;
    }

    private static String write(JsonNode document) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
        return JSON.writer(printer).writeValueAsString(document) + "\n";
    }
}
