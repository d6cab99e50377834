package uk.joinedup.webui.caseservice;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** The access log, for information-governance officers: searching it, exporting it, verifying its chain. */
@Component
public class AccessLog {

    private final RestClient caseService;
    private final ProblemTranslator problems = new ProblemTranslator(new ObjectMapper());

    AccessLog(RestClient caseServiceRestClient) {
        this.caseService = caseServiceRestClient;
    }

    /** One page (from 1) of the records the query matches, 50 a page, newest first. */
    public AccessLogPage search(AccessLogQuery query, int page) {
        return caseService
                .get()
                .uri(uri -> query.applyTo(uri.path("/api/access-log"))
                        .queryParam("page", page)
                        .build())
                .retrieve()
                .body(AccessLogPage.class);
    }

    /**
     * Every record the query matches as CSV, streamed from case-service: the caller copies the body and
     * closes the download.
     */
    public Download csv(AccessLogQuery query) {
        return caseService
                .get()
                .uri(uri -> query.applyTo(uri.path("/api/access-log.csv")).build())
                .accept(new MediaType("text", "csv"), MediaType.APPLICATION_PROBLEM_JSON)
                .exchange(
                        (request, response) -> {
                            if (response.getStatusCode().isError()) {
                                try (response) {
                                    problems.handle(request, response);
                                }
                            }
                            return new Download(response);
                        },
                        false);
    }

    /** Walks the whole hash chain and says whether it is intact, or where it first breaks. */
    public ChainVerification verify() {
        return caseService.get().uri("/api/access-log/verification").retrieve().body(ChainVerification.class);
    }

    /** The CSV export as case-service sends it. */
    public static final class Download implements Closeable {

        private final ClientHttpResponse response;

        private Download(ClientHttpResponse response) {
            this.response = response;
        }

        /** The {@code Content-Disposition} case-service names the file with, or null. */
        public String contentDisposition() {
            return response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        }

        public InputStream body() throws IOException {
            return response.getBody();
        }

        @Override
        public void close() {
            response.close();
        }
    }
}
