package uk.joinedup.caseservice.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import uk.joinedup.caseservice.ApiIntegrationTest;

/**
 * Set up behind TLS ({@code BEHIND_TLS=true}, the setting the other services share), every response tells
 * browsers to use HTTPS only, for a year, on every subdomain too; the requests here come over plain HTTP,
 * as they do from a proxy that ended TLS, without saying so.
 */
@TestPropertySource(properties = "BEHIND_TLS=true")
class BehindTlsIT extends ApiIntegrationTest {

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
                response("health", test -> test.anonymous().get().uri("/actuator/health")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void everyResponseCarriesHsts(String what, Function<BehindTlsIT, RestClient.RequestHeadersSpec<?>> request) {
        HttpHeaders headers = request.apply(this).retrieve().toBodilessEntity().getHeaders();

        assertThat(headers.getFirst("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
        assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
    }

    private static Arguments response(String what, Function<BehindTlsIT, RestClient.RequestHeadersSpec<?>> request) {
        return Arguments.of(what, request);
    }
}
