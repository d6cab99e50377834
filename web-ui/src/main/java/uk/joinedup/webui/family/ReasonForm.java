package uk.joinedup.webui.family;

import uk.joinedup.webui.govuk.DateInput;

/**
 * A form asking why, and on what date (a member leaving, a referral declined, a case reopened), with
 * the version of the family the user saw.
 */
public class ReasonForm implements VersionedForm {

    private String reason;

    private DateInput on = new DateInput();

    private long expectedVersion;

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

    public long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }
}
