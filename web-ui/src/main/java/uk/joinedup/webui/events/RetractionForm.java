package uk.joinedup.webui.events;

/** What the "retract this entry" page posts. */
public class RetractionForm {

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
