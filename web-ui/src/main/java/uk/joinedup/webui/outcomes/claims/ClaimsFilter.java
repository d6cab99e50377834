package uk.joinedup.webui.outcomes.claims;

/**
 * The claims list's filters, as its GET form sends them: a scheme's id and a status, each optional; and the page
 * of the list, as its pagination links send it.
 */
public class ClaimsFilter {

    private String scheme;
    private String status;
    private String page;

    public String getScheme() {
        return scheme;
    }

    public void setScheme(String scheme) {
        this.scheme = scheme;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
