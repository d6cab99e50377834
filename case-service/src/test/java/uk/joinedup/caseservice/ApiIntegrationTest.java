package uk.joinedup.caseservice;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.infrastructure.security.TestIssuer;

/**
 * Base of the API integration tests: the whole service on a random port, real security (tokens
 * signed by {@link TestIssuer} and verified against its JWK set over HTTP), the embedded MongoDB in
 * memory. Each test class gets a fresh context and so a fresh store.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "joinedup.mongo.in-memory=true")
public abstract class ApiIntegrationTest {

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        TestIssuer.register(registry);
    }

    /** A client that sends requests as the actor and never throws on an error status. */
    protected RestClient as(Actor actor) {
        return anonymous()
                .mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + TestIssuer.tokenFor(actor))
                .build();
    }

    /** A client that sends no token. */
    protected RestClient anonymous() {
        return RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
    }
}
