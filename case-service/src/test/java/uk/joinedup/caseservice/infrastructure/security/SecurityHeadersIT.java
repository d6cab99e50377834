package uk.joinedup.caseservice.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import uk.joinedup.caseservice.ApiIntegrationTest;

/**
 * Every response, whatever it answers, carries the security headers; HSTS only when the service is set up
 * behind TLS ({@link BehindTlsIT}).
 */
class SecurityHeadersIT extends ApiIntegrationTest {

    static List<Arguments> responses() {
        return List.of(
                response(
                        "an answer", test -> test.as(earlyHelpKeyworker()).get().uri("/api/caseload")),
                response(
                        "a refusal without a token",
                        test -> test.anonymous().get().uri("/api/caseload")),
                response(
                        "a refusal for a role",
                        test -> test.as(earlyHelpKeyworker()).get().uri("/api/access-log")),
                response("an invalid request", test -> test.as(earlyHelpKeyworker())
                        .post()
                        .uri("/api/families")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("[]")),
                response(
                        "an unknown record",
                        test -> test.as(earlyHelpKeyworker()).get().uri("/api/people/nobody")),
                response(
                        "the API description",
                        test -> test.as(earlyHelpKeyworker()).get().uri("/v3/api-docs")),
                response("health", test -> test.anonymous().get().uri("/actuator/health")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void everyResponseCarriesTheSecurityHeaders(
            String what, Function<SecurityHeadersIT, RestClient.RequestHeadersSpec<?>> request) {
        HttpHeaders headers = request.apply(this).retrieve().toBodilessEntity().getHeaders();

        assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(headers.getFirst("Permissions-Policy"))
                .contains("camera=()", "geolocation=()", "microphone=()", "payment=()", "usb=()")
                .doesNotContainPattern("=\\((?!\\))");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.getFirst(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        assertThat(headers.containsKey("Strict-Transport-Security"))
                .as("no HSTS over plain HTTP")
                .isFalse();
    }

    @Test
    void sendsNoHstsUnlessConfiguredBehindTlsWhateverTheRequestSays() {
        ResponseEntity<Void> response = as(earlyHelpKeyworker())
                .get()
                .uri("/api/caseload")
                .header("X-Forwarded-Proto", "https")
                .retrieve()
                .toBodilessEntity();

        assertThat(response.getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(response.getHeaders().containsKey("Strict-Transport-Security"))
                .isFalse();
    }

    private static Arguments response(
            String what, Function<SecurityHeadersIT, RestClient.RequestHeadersSpec<?>> request) {
        return Arguments.of(what, request);
    }
}
