package uk.joinedup.caseservice.infrastructure.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;
import uk.joinedup.caseservice.CaseServiceApplication;
import uk.joinedup.caseservice.infrastructure.security.TestIssuer;

/** What was written before a restart is there after it: the embedded store keeps its H2 file. */
class RestartIT {

    @TempDir
    Path dataDir;

    @Test
    void keepsPeopleAndNotesAcrossARestart() {
        String personId;
        try (ConfigurableApplicationContext first = start()) {
            RestClient api = api(first);
            personId = KeyworkerCalls.registerSharonPrice(api, "1979-06-01");
            KeyworkerCalls.recordFact(
                    api, personId, Map.of("type", "CaseNoteWritten", "text", "Started Work Programme placement."));
        }

        try (ConfigurableApplicationContext second = start()) {
            JsonNode person = api(second)
                    .get()
                    .uri("/api/people/{id}", personId)
                    .retrieve()
                    .body(JsonNode.class);
            assertThat(person.get("familyName").asText()).isEqualTo("Price");
            assertThat(person.get("entries").findValuesAsText("text"))
                    .containsExactly("Started Work Programme placement.");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CaseServiceApplication.class)
                .run(
                        "--server.port=0",
                        "--joinedup.mongo.data-dir=" + dataDir,
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIssuer.ISSUER,
                        "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestIssuer.jwkSetUri());
    }

    private static RestClient api(ConfigurableApplicationContext context) {
        return KeyworkerCalls.api(
                ((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
