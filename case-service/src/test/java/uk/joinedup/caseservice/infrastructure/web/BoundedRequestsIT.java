package uk.joinedup.caseservice.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.infrastructure.security.TestIssuer;

/**
 * Requests are bounded: a body over 256 KB is answered 413 with a clear message whether or not it says its
 * length, a text over its field's limit 400 naming the field; nothing is stored and nothing logged as an
 * error, since the mistake is the client's.
 */
@ExtendWith(OutputCaptureExtension.class)
class BoundedRequestsIT extends ApiIntegrationTest {

    @Test
    void aTwentyMegabytePlanIsTooLargeAndStoresNothing(CapturedOutput output) throws Exception {
        String family = ok(earlyHelpKeyworker(), "/api/families", Map.of("name", "Walker family"));
        long head = eventStoreHead();
        URI service = URI.create(baseUrl());

        // the headers of a 21 MB plan: refused on its stated length, before a byte of it is read
        String response;
        try (Socket socket = new Socket(service.getHost(), service.getPort())) {
            socket.setSoTimeout(10_000);
            String headers = "POST /api/families/" + family + "/plan HTTP/1.1\r\n"
                    + "Host: " + service.getHost() + "\r\n"
                    + "Authorization: Bearer " + TestIssuer.tokenFor(earlyHelpKeyworker()) + "\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: " + 21 * 1024 * 1024 + "\r\n\r\n";
            socket.getOutputStream().write(headers.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            response = responseHead(socket);
        }

        assertThat(response).startsWith("HTTP/1.1 413");
        assertThat(response).contains("application/problem+json", "The request is larger than 256 KB");
        assertThat(eventStoreHead()).isEqualTo(head);
        assertThat(output.getAll()).doesNotContain(" ERROR ", "BsonMaximumSizeExceededException");
    }

    /** What the service answers, read until its problem detail ends: the body it refused is never sent. */
    private static String responseHead(Socket socket) throws java.io.IOException {
        StringBuilder answer = new StringBuilder();
        byte[] buffer = new byte[4096];
        int read;
        while (!answer.toString().contains("\"}")
                && (read = socket.getInputStream().read(buffer)) > 0) {
            answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
        }
        return answer.toString();
    }

    @Test
    void aLargeBodyThatDoesNotSayItsLengthIsCutOffAndTooLarge(CapturedOutput output) throws Exception {
        String body = "{\"name\":\"" + "x".repeat(300 * 1024) + "\"}";
        long head = eventStoreHead();
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/families"))
                .header("Authorization", "Bearer " + TestIssuer.tokenFor(earlyHelpKeyworker()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("The request is larger than 256 KB");
        assertThat(eventStoreHead()).isEqualTo(head);
        assertThat(output.getAll()).doesNotContain(" ERROR ");
    }

    @Test
    void aTextOverItsLimitIsInvalidNamingTheField() {
        String family = ok(earlyHelpKeyworker(), "/api/families", Map.of("name", "Walker family"));
        long head = eventStoreHead();

        ResponseEntity<JsonNode> response = post(
                earlyHelpKeyworker(),
                "/api/families/{id}/referrals",
                Map.of("reason", "x".repeat(2001), "riskFactors", List.of("OTHER")),
                family);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").toString())
                .contains("\"field\":\"reason\"", "The reason must be 2,000 characters or fewer");
        assertThat(eventStoreHead()).isEqualTo(head);
    }

    @Test
    void aBodyJustUnderTheLimitIsReadAndAnsweredOnItsMerits() {
        // 250 KB of a name: read (not 413), then refused by the name's own limit
        ResponseEntity<JsonNode> response =
                post(earlyHelpKeyworker(), "/api/families", Map.of("name", "x".repeat(250 * 1024)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").toString()).contains("\"field\":\"name\"");
    }
}
