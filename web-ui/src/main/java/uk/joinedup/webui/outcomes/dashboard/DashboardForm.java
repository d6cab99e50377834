package uk.joinedup.webui.outcomes.dashboard;

/**
 * The dashboard's filters: {@code team} or {@code agency}, one keyworker of the team, the first and last quarter
 * (written {@code 2026-Q4}); each blank for case-service's default.
 */
public class DashboardForm {

    private String scope;
    private String keyworker;
    private String from;
    private String to;

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getKeyworker() {
        return keyworker;
    }

    public void setKeyworker(String keyworker) {
        this.keyworker = keyworker;
    }

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
}
