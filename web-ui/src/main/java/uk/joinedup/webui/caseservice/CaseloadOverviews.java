package uk.joinedup.webui.caseservice;

import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

/**
 * A team manager's caseload overview of their team and agency, and each of its tables as CSV; case-service
 * refuses anyone else. Quarters are written {@code 2026-Q4}; a null one is case-service's default (the
 * current quarter and the three before it).
 */
@Component
public class CaseloadOverviews {

    private static final String PATH = "/api/outcomes/caseload-overview";

    private final RestClient caseService;

    CaseloadOverviews(RestClient caseServiceRestClient) {
        this.caseService = caseServiceRestClient;
    }

    /** The figures from quarter {@code from} to quarter {@code to}. */
    public CaseloadOverview overview(String from, String to) {
        return caseService
                .get()
                .uri(uri -> period(uri.path(PATH), from, to))
                .retrieve()
                .body(CaseloadOverview.class);
    }

    /** The figures now, for the team and the agency, as CSV with the file name case-service gives it. */
    public ResponseEntity<byte[]> nowCsv(String from, String to) {
        return csv("/now.csv", from, to);
    }

    /** Referrals and closures by quarter, as CSV. */
    public ResponseEntity<byte[]> quartersCsv(String from, String to) {
        return csv("/quarters.csv", from, to);
    }

    /** Open cases per keyworker, as CSV. */
    public ResponseEntity<byte[]> keyworkersCsv(String from, String to) {
        return csv("/keyworkers.csv", from, to);
    }

    private ResponseEntity<byte[]> csv(String table, String from, String to) {
        return caseService
                .get()
                .uri(uri -> period(uri.path(PATH + table), from, to))
                .accept(new MediaType("text", "csv"), MediaType.APPLICATION_PROBLEM_JSON)
                .retrieve()
                .toEntity(byte[].class);
    }

    private static URI period(UriBuilder uri, String from, String to) {
        if (from != null) {
            uri.queryParam("from", "{from}");
        }
        if (to != null) {
            uri.queryParam("to", "{to}");
        }
        if (from != null && to != null) {
            return uri.build(from, to);
        }
        return from != null ? uri.build(from) : to != null ? uri.build(to) : uri.build();
    }
}
