package uk.joinedup.webui.caseservice;

import java.time.LocalDate;
import org.springframework.web.util.UriBuilder;

/**
 * What to look for in the access log: views that showed one person's information, by one user or by one
 * agency's staff (each null for any), over a period of UK days ({@code from} and {@code to} inclusive;
 * null for case-service's default, the last 30 days).
 */
public record AccessLogQuery(String person, String user, String agency, LocalDate from, LocalDate to) {

    UriBuilder applyTo(UriBuilder uri) {
        if (person != null && !person.isBlank()) {
            uri.queryParam("person", person.strip());
        }
        if (user != null && !user.isBlank()) {
            uri.queryParam("user", user);
        }
        if (agency != null && !agency.isBlank()) {
            uri.queryParam("agency", agency);
        }
        if (from != null) {
            uri.queryParam("from", from);
        }
        if (to != null) {
            uri.queryParam("to", to);
        }
        return uri;
    }
}
