package uk.joinedup.webui.outcomes.claims;

import jakarta.validation.constraints.Size;
import uk.joinedup.webui.govuk.DateInput;

/**
 * What recording the paying department's answer posts: the day it was paid or rejected, why it was rejected
 * (rejections only), and the version of the result's claims the page showed.
 */
public class ClaimAnswerForm {

    private DateInput on = new DateInput();

    @Size(max = 1000, message = "{claims.reason.tooLong}")
    private String reason;

    private String version;

    /** The form field a refusal of case-service is about, or null when it is about the whole form. */
    static String refusedField(String code) {
        return "answered-outside-its-time".equals(code) ? "on" : null;
    }

    /** case-service's field names are the form's, but for the date. */
    static String formField(String field) {
        return "paidOn".equals(field) || "rejectedOn".equals(field) ? "on.day" : field;
    }

    public DateInput getOn() {
        return on;
    }

    public void setOn(DateInput on) {
        this.on = on;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
