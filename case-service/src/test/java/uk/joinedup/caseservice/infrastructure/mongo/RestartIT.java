package uk.joinedup.caseservice.infrastructure.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.probationKeyworker;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
            personId = api.post()
                    .uri("/api/people")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("givenNames", "Sharon", "familyName", "Price", "dateOfBirth", "1979-06-01"))
                    .retrieve()
                    .body(JsonNode.class)
                    .get("id")
                    .asText();
            api.post()
                    .uri("/api/people/{id}/facts", personId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of(
                            "occurredOn",
                            "2026-11-02",
                            "fact",
                            Map.of("type", "CaseNoteWritten", "text", "Started Work Programme placement.")))
                    .retrieve()
                    .toBodilessEntity();
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
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + TestIssuer.tokenFor(probationKeyworker()))
                .build();
    }
}
