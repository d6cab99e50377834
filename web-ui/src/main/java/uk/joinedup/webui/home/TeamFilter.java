package uk.joinedup.webui.home;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import uk.joinedup.webui.caseservice.CaseStatus;
import uk.joinedup.webui.govuk.PageNumber;

/**
 * The team caseload page's filters as its GET form sends them: a keyworker (a user id, or none), a case
 * status (or none: every case not closed), and the page. A status that is no status is no filter.
 */
record TeamFilter(String keyworker, CaseStatus status, int page) {

    static final String PATH = "/team-caseload";

    static TeamFilter of(String keyworker, String status, String page) {
        String who = keyworker == null || keyworker.isBlank() ? null : keyworker.strip();
        CaseStatus standing = Arrays.stream(CaseStatus.values())
                .filter(one -> one.name().equals(status))
                .findFirst()
                .orElse(null);
        return new TeamFilter(who, standing, PageNumber.of(page));
    }

    /** The address of page {@code number} with these filters. */
    String page(int number) {
        StringBuilder query = new StringBuilder();
        if (keyworker != null) {
            query.append("&keyworker=").append(URLEncoder.encode(keyworker, StandardCharsets.UTF_8));
        }
        if (status != null) {
            query.append("&status=").append(status.name());
        }
        if (number > 1) {
            query.append("&page=").append(number);
        }
        return PATH + (query.isEmpty() ? "" : "?" + query.substring(1));
    }
}
