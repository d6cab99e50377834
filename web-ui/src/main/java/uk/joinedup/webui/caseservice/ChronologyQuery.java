package uk.joinedup.webui.caseservice;

import java.time.LocalDate;
import org.springframework.web.util.UriBuilder;

/**
 * How to look at a person's or family's record: as it stood at the end of {@code asAt} (null for
 * now), only the entries of one agency and/or category (null for all), and which page of them.
 *
 * @param page the page of the chronology, from 1, newest first
 * @param pageSize entries a page: {@link #PAGE_SIZE}, fewer for a glimpse of the newest, 0 for the
 *     counts only (a page that does not show the chronology)
 */
public record ChronologyQuery(LocalDate asAt, String agency, InformationCategory category, int page, int pageSize) {

    /** Entries a page of a chronology: the most case-service sends at once. */
    public static final int PAGE_SIZE = 50;

    public ChronologyQuery(LocalDate asAt, String agency, InformationCategory category) {
        this(asAt, agency, category, 1, PAGE_SIZE);
    }

    /** The record as it is now, the first page of its chronology. */
    public static ChronologyQuery now() {
        return new ChronologyQuery(null, null, null);
    }

    /** The record as it is now, or as at a date, without its chronology: for pages that do not show it. */
    public static ChronologyQuery withoutEntries(LocalDate asAt) {
        return new ChronologyQuery(asAt, null, null, 1, 0);
    }

    public boolean filtered() {
        return agency != null || category != null;
    }

    /** The same view, every entry. */
    public ChronologyQuery unfiltered() {
        return new ChronologyQuery(asAt, null, null, page, pageSize);
    }

    /** The same view and filter, another page. */
    public ChronologyQuery page(int number) {
        return new ChronologyQuery(asAt, agency, category, number, pageSize);
    }

    /** The same view, only the {@code count} newest entries. */
    public ChronologyQuery newest(int count) {
        return new ChronologyQuery(asAt, agency, category, 1, count);
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
        if (page != 1) {
            uri.queryParam("page", page);
        }
        if (pageSize != PAGE_SIZE) {
            uri.queryParam("pageSize", pageSize);
        }
        return uri;
    }
}
