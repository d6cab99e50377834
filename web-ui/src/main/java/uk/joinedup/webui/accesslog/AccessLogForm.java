package uk.joinedup.webui.accesslog;

import java.time.LocalDate;
import org.springframework.web.util.UriComponentsBuilder;
import uk.joinedup.webui.caseservice.AccessLogQuery;
import uk.joinedup.webui.govuk.DateInput;

/** The access log's filters, as the page's GET form sends them, and which page of results. */
public class AccessLogForm {

    private String person;
    private String user;
    private String agency;
    private DateInput from = new DateInput();
    private DateInput to = new DateInput();
    private int page = 1;

    /** Whether any filter is set (so that the page offers to clear them). */
    public boolean filtered() {
        return !blank(person) || !blank(user) || !blank(agency) || !from.blank() || !to.blank();
    }

    AccessLogQuery toQuery(LocalDate fromDate, LocalDate toDate) {
        return new AccessLogQuery(blankToNull(person), blankToNull(user), blankToNull(agency), fromDate, toDate);
    }

    /** The address of {@code path} with these filters, as the form would send them, and no page. */
    String withFilters(String path) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        add(uri, "person", person);
        add(uri, "user", user);
        add(uri, "agency", agency);
        add(uri, "from", from);
        add(uri, "to", to);
        return uri.encode().build().toUriString();
    }

    /** The address of a page of results with these filters. */
    String page(String path, int number) {
        String filtered = withFilters(path);
        return filtered + (filtered.contains("?") ? "&" : "?") + "page=" + number;
    }

    private static void add(UriComponentsBuilder uri, String name, DateInput date) {
        if (!date.blank()) {
            add(uri, name + ".day", date.getDay());
            add(uri, name + ".month", date.getMonth());
            add(uri, name + ".year", date.getYear());
        }
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (!blank(value)) {
            uri.queryParam(name, value.strip());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public DateInput getFrom() {
        return from;
    }

    public void setFrom(DateInput from) {
        this.from = from;
    }

    public DateInput getTo() {
        return to;
    }

    public void setTo(DateInput to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }
}
