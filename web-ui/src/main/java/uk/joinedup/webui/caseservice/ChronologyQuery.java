package uk.joinedup.webui.caseservice;

import java.time.LocalDate;
import org.springframework.web.util.UriBuilder;

/**
 * How to look at a person's or family's record: as it stood at the end of {@code asAt} (null for
 * now), and only the entries of one agency and/or category (null for all).
 */
public record ChronologyQuery(LocalDate asAt, String agency, InformationCategory category) {

    public static ChronologyQuery now() {
        return new ChronologyQuery(null, null, null);
    }

    public boolean filtered() {
        return agency != null || category != null;
    }

    /** The same view, every entry. */
    public ChronologyQuery unfiltered() {
        return new ChronologyQuery(asAt, null, null);
    }

    UriBuilder applyTo(UriBuilder uri) {
        if (asAt != null) {
            uri.queryParam("asAt", asAt);
        }
        if (agency != null) {
            uri.queryParam("agency", agency);
        }
        if (category != null) {
            uri.queryParam("category", category);
        }
        return uri;
    }
}
