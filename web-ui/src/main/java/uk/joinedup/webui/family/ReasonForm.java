package uk.joinedup.webui.family;

import uk.joinedup.webui.govuk.DateInput;

/** A form asking why, and on what date: a member leaving, a referral declined, a case reopened. */
public class ReasonForm {

    private String reason;

    private DateInput on = new DateInput();

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public DateInput getOn() {
        return on;
    }

    public void setOn(DateInput on) {
        this.on = on;
    }
}
