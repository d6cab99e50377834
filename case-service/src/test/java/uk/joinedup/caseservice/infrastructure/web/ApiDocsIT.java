package uk.joinedup.caseservice.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.systemAdmin;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import uk.joinedup.caseservice.ApiIntegrationTest;

/** Outside development the API description needs a signed-in user, and there is no Swagger UI. */
class ApiDocsIT extends ApiIntegrationTest {

    @Test
    void describesTheApiOnlyToASignedInUser() {
        assertThat(status(anonymous(), "/v3/api-docs")).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(status(anonymous(), "/v3/api-docs.yaml")).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(status(as(systemAdmin()), "/v3/api-docs")).isEqualTo(HttpStatus.OK);
    }

    @Test
    void servesNoSwaggerUi() {
        for (String path : new String[] {"/swagger-ui.html", "/swagger-ui/index.html", "/v3/api-docs/swagger-config"}) {
            assertThat(status(anonymous(), path)).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(status(as(systemAdmin()), path).is2xxSuccessful())
                    .as(path)
                    .isFalse();
            assertThat(status(as(systemAdmin()), path).is3xxRedirection())
                    .as(path)
                    .isFalse();
        }
    }

    private static HttpStatusCode status(RestClient client, String path) {
        return client.get().uri(path).retrieve().toBodilessEntity().getStatusCode();
    }
}
