package uk.joinedup.webui.outcomes.claims;

/** The claims list's filters, as its GET form sends them: a scheme's id and a status, each optional. */
public class ClaimsFilter {

    private String scheme;
    private String status;

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
}
