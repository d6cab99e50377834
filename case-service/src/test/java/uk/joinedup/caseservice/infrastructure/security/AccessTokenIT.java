package uk.joinedup.caseservice.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.infrastructure.security.TestIssuer.Token;

/**
 * case-service takes identity-service's access tokens and nothing else it signs: not its ID tokens, which
 * name the same issuer and audience and are signed with the same key, nor a token for another API.
 */
class AccessTokenIT extends ApiIntegrationTest {

    @Test
    void acceptsAnAccessTokenAsIdentityServiceIssuesThem() {
        assertThat(status(TestIssuer.tokenFor(earlyHelpKeyworker()))).isEqualTo(HttpStatus.OK);
    }

    @Test
    void acceptsTheScopeAsAListToo() {
        String token = TestIssuer.accessToken(earlyHelpKeyworker())
                .claim("scope", List.of("openid", "case-service"))
                .sign();

        assertThat(status(token)).isEqualTo(HttpStatus.OK);
    }

    @Test
    void refusesAnIdTokenWithAProblemAndTheReason() {
        ResponseEntity<String> refused = anonymous()
                .get()
                .uri("/api/caseload")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestIssuer.idTokenFor(earlyHelpKeyworker()))
                .retrieve()
                .toEntity(String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                .startsWith("Bearer")
                .contains("invalid_token");
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody()).contains("\"status\":401");
    }

    @Test
    void refusesATokenForAnotherApi() {
        assertThat(status(TestIssuer.tokenWithScope(earlyHelpKeyworker(), "openid profile")))
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void takesTheActorFromTheTokenNeverFromTheBody() {
        Map<String, Object> registration = new LinkedHashMap<>();
        registration.put("givenNames", "Robin");
        registration.put("familyName", "Bodyclaim");
        registration.put("dateOfBirth", "1990-05-01");
        // what a caller might try to speak for someone else with
        registration.put("agency", "hampshire-police");
        registration.put("owningAgency", "hampshire-police");
        registration.put("recordedBy", "Ray Hughes");
        registration.put("userId", "ray.hughes");
        registration.put("roles", List.of("IG_OFFICER"));
        registration.put("actor", Map.of("userId", "ray.hughes", "agency", "hampshire-police"));
        String token = TestIssuer.accessToken(earlyHelpKeyworker())
                .claim("name", "Sam Patel (from the token)")
                .sign();

        ResponseEntity<JsonNode> smuggled = anonymous()
                .post()
                .uri("/api/people")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .body(registration)
                .retrieve()
                .toEntity(JsonNode.class);
        assertThat(smuggled.getStatusCode())
                .as("a body that speaks for someone is refused, not read")
                .isEqualTo(HttpStatus.BAD_REQUEST);

        registration.keySet().retainAll(List.of("givenNames", "familyName", "dateOfBirth"));
        ResponseEntity<JsonNode> registered = anonymous()
                .post()
                .uri("/api/people")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .body(registration)
                .retrieve()
                .toEntity(JsonNode.class);
        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        JsonNode entry = get(
                        earlyHelpKeyworker(),
                        "/api/people/{id}",
                        registered.getBody().get("id").asText())
                .getBody()
                .get("entries")
                .get(0);
        assertThat(entry.get("owningAgency").asText()).isEqualTo("southampton-early-help");
        assertThat(entry.get("recordedBy").asText()).isEqualTo("Sam Patel (from the token)");
    }

    /** Each a valid access token with one thing wrong. */
    static List<Arguments> nearMisses() {
        return List.of(
                miss("typed as a plain JWT", token -> token.type("JWT")),
                miss("with no type", token -> token.type(null)),
                miss("with no scope", token -> token.without("scope")),
                miss("with a scope that only contains the word", token -> token.scope("openid not-case-service")),
                miss("valid for ten minutes", token -> token.lifetime(Duration.ofMinutes(10))),
                miss("with no expiry", token -> token.without("exp")),
                miss("with no subject", token -> token.without("sub")),
                miss("for another client", token -> token.audience("someone-else")),
                miss("from another issuer", token -> token.issuer("http://elsewhere.test")),
                miss("that expired five minutes ago", token -> token.claim(
                                "iat", Date.from(Instant.now().minus(Duration.ofMinutes(10))))
                        .lifetime(Duration.ofMinutes(5))));
    }

    @ParameterizedTest(name = "a token {0}")
    @MethodSource("nearMisses")
    void refusesAToken(String what, UnaryOperator<Token> change) {
        String token =
                change.apply(TestIssuer.accessToken(earlyHelpKeyworker())).sign();

        assertThat(status(token)).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private static Arguments miss(String what, UnaryOperator<Token> change) {
        return Arguments.of(what, change);
    }

    private HttpStatus status(String token) {
        return HttpStatus.valueOf(anonymous()
                .get()
                .uri("/api/caseload")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value());
    }
}
