package uk.joinedup.webui.outcomes.overview;

/** The period filter of the caseload overview: the first and last quarter, written {@code 2026-Q4}, either blank. */
public class OverviewForm {

    private String from;
    private String to;

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    /** The quarter for case-service: null when blank, so that case-service's default applies. */
    static String quarter(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
