package uk.joinedup.caseservice.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import uk.joinedup.caseservice.ApiIntegrationTest;

/**
 * In development ({@code joinedup.api-docs.public}) the API description and Swagger UI are public, and
 * Swagger UI's page may run its own scripts; the API itself still needs a token.
 */
@TestPropertySource(properties = "joinedup.api-docs.public=true")
class PublicApiDocsIT extends ApiIntegrationTest {

    @Test
    void describesTheApiToAnyone() {
        assertThat(anonymous()
                        .get()
                        .uri("/v3/api-docs")
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void servesSwaggerUiUnderItsOwnPolicy() {
        ResponseEntity<String> page =
                anonymous().get().uri("/swagger-ui/index.html").retrieve().toEntity(String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML))
                .isTrue();
        assertThat(page.getBody()).doesNotContain("<script>").contains("swagger-initializer.js");
        HttpHeaders headers = page.getHeaders();
        assertThat(headers.getFirst("Content-Security-Policy"))
                .contains("default-src 'none'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(headers.getFirst("Permissions-Policy")).contains("camera=()");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(anonymous()
                        .get()
                        .uri("/v3/api-docs/swagger-config")
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void stillRefusesTheApiWithoutAToken() {
        assertThat(anonymous()
                        .get()
                        .uri("/api/caseload")
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
