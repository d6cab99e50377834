package uk.joinedup.caseservice.accesslog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * One page of the records a filter matches, newest first.
 *
 * @param from the first day of the period searched (UK)
 * @param to the last day (UK)
 * @param page the page number, from 1
 * @param pageSize records per page
 * @param total how many records match, on every page
 * @param records this page's records
 */
public record AccessLogPage(
        LocalDate from, LocalDate to, int page, int pageSize, long total, List<LoggedAccess> records) {

    public AccessLogPage {
        records = List.copyOf(records);
    }

    /** How many pages there are. */
    @JsonProperty("pages")
    public long pages() {
        return (total + pageSize - 1) / pageSize;
    }
}
