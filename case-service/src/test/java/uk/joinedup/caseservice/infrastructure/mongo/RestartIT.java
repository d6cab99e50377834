package uk.joinedup.caseservice.infrastructure.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;
import uk.joinedup.caseservice.CaseServiceApplication;
import uk.joinedup.caseservice.infrastructure.security.TestIssuer;

/**
 * What was written before a restart is there after it: the embedded store keeps its H2 file, and read
 * models can be rebuilt from it.
 */
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

    @Test
    void rebuildsLostReadModelsFromTheEventsWhenAskedTo() {
        String personId;
        try (ConfigurableApplicationContext first = start()) {
            personId = KeyworkerCalls.registerSharonPrice(api(first), "1979-06-01");
            first.getBean(MongoDatabase.class).getCollection("person_records").deleteMany(new Document());
        }

        try (ConfigurableApplicationContext second = start("--joinedup.read-models.rebuild-on-start=true")) {
            JsonNode person = api(second)
                    .get()
                    .uri("/api/people/{id}", personId)
                    .retrieve()
                    .body(JsonNode.class);
            assertThat(person.get("familyName").asText()).isEqualTo("Price");
        }
    }

    @Test
    void rebuildsTheReadModelsOfAnEarlierShapeWithoutBeingAsked() {
        String personId;
        try (ConfigurableApplicationContext first = start()) {
            personId = KeyworkerCalls.registerSharonPrice(api(first), "1979-06-01");
            MongoDatabase database = first.getBean(MongoDatabase.class);
            // as a release before the person's record moved would have left the store
            database.getCollection("person_records").deleteMany(new Document());
            database.getCollection("read_model_shape")
                    .updateOne(new Document("_id", "read-models"), new Document("$inc", new Document("shape", -1)));
        }

        try (ConfigurableApplicationContext second = start()) {
            JsonNode person = api(second)
                    .get()
                    .uri("/api/people/{id}", personId)
                    .retrieve()
                    .body(JsonNode.class);
            assertThat(person.get("familyName").asText()).isEqualTo("Price");
        }
    }

    private ConfigurableApplicationContext start(String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--joinedup.mongo.data-dir=" + dataDir,
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIssuer.ISSUER,
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestIssuer.jwkSetUri()));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(CaseServiceApplication.class).run(arguments.toArray(String[]::new));
    }

    private static RestClient api(ConfigurableApplicationContext context) {
        return KeyworkerCalls.api(
                ((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
