package uk.joinedup.caseservice.infrastructure.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.family.api.FamilyRegistered;

/**
 * A read model that throws on an event does not stop the others, and does not fail quietly: the health
 * check goes down and names it.
 */
@Import(ProjectionFailureIT.BrokenReadModel.class)
class ProjectionFailureIT extends ApiIntegrationTest {

    @Test
    void aFailingReadModelTakesTheHealthCheckDownWhileTheOthersKeepUp() {
        assertThat(health().path("status").asText()).isEqualTo("UP");

        String family = ok(earlyHelpKeyworker(), "/api/families", Map.of("name", "Walker family"));

        assertThat(get(earlyHelpKeyworker(), "/api/families/{id}", family)
                        .getBody()
                        .path("name")
                        .asText())
                .isEqualTo("Walker family");
        JsonNode health = health();
        assertThat(health.path("status").asText()).isEqualTo("DOWN");
        assertThat(health.path("components").path("readModels").path("status").asText())
                .isEqualTo("DOWN");
    }

    private JsonNode health() {
        return anonymous().get().uri("/actuator/health").retrieve().body(JsonNode.class);
    }

    @TestConfiguration
    static class BrokenReadModel {

        @Bean
        Broken broken() {
            return new Broken();
        }
    }

    @ProcessingGroup("broken")
    static class Broken {

        @EventHandler
        void on(FamilyRegistered event) {
            throw new IllegalStateException("This read model cannot handle a family");
        }
    }
}
