package uk.joinedup.webui.caseservice;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of the access log records a query matches, newest first.
 *
 * @param from the first day of the period searched
 * @param to its last day
 * @param page the page number, from 1
 * @param pages how many pages there are
 * @param total how many records match, on every page
 */
public record AccessLogPage(
        LocalDate from, LocalDate to, int page, int pageSize, long pages, long total, List<LoggedAccess> records) {

    public AccessLogPage {
        records = records == null ? List.of() : records;
    }
}
