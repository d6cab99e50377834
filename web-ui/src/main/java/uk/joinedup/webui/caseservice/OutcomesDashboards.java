package uk.joinedup.webui.caseservice;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

/**
 * case-service's outcomes dashboard for the signed-in team manager: the indicators by quarter, their tables as
 * CSV, and the people a measure counted. Filters: {@code scope} ({@code team} or {@code agency}), {@code
 * keyworker} (a member of the manager's team), {@code from} and {@code to} (quarters written {@code 2026-Q4}); a
 * null or blank one is left out, so that case-service's default applies.
 */
@Component
public class OutcomesDashboards {

    private static final String PATH = "/api/outcomes/indicators";

    private final RestClient caseService;

    OutcomesDashboards(RestClient caseServiceRestClient) {
        this.caseService = caseServiceRestClient;
    }

    /** The indicators for the scope and period asked. */
    public OutcomesDashboard dashboard(String scope, String keyworker, String from, String to) {
        return caseService
                .get()
                .uri(uri -> filtered(uri.path(PATH), new ArrayList<>(), scope, keyworker, from, to))
                .retrieve()
                .body(OutcomesDashboard.class);
    }

    /** Every measure by quarter, as CSV with the file name case-service gives it. */
    public ResponseEntity<byte[]> allCsv(String scope, String keyworker, String from, String to) {
        return csv(PATH + "/quarters.csv", scope, keyworker, from, to);
    }

    /** One measure by quarter, as CSV. */
    public ResponseEntity<byte[]> measureCsv(String measure, String scope, String keyworker, String from, String to) {
        return csv(PATH + "/{measure}/quarters.csv", scope, keyworker, from, to, measure);
    }

    /** The people {@code measure} counted in {@code quarter}, for the scope asked. */
    public IndicatorPeople people(String measure, String quarter, String scope, String keyworker) {
        return caseService
                .get()
                .uri(uri -> {
                    List<Object> values = new ArrayList<>(List.of(measure, quarter));
                    uri.path(PATH + "/{measure}/people").queryParam("quarter", "{quarter}");
                    return filtered(uri, values, scope, keyworker, null, null);
                })
                .retrieve()
                .body(IndicatorPeople.class);
    }

    private ResponseEntity<byte[]> csv(
            String path, String scope, String keyworker, String from, String to, Object... pathValues) {
        return caseService
                .get()
                .uri(uri -> filtered(uri.path(path), new ArrayList<>(List.of(pathValues)), scope, keyworker, from, to))
                .accept(new MediaType("text", "csv"), MediaType.APPLICATION_PROBLEM_JSON)
                .retrieve()
                .toEntity(byte[].class);
    }

    private static URI filtered(
            UriBuilder uri, List<Object> values, String scope, String keyworker, String from, String to) {
        add(uri, "scope", scope, values);
        add(uri, "keyworker", keyworker, values);
        add(uri, "from", from, values);
        add(uri, "to", to, values);
        return uri.build(values.toArray());
    }

    private static void add(UriBuilder uri, String name, String value, List<Object> values) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, "{" + name + "}");
            values.add(value.strip());
        }
    }
}
