package uk.joinedup.webui.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.joinedup.webui.govuk.DateInput;

/** What the "end an agreement" page posts: its last day and why. */
public class EndAgreementForm {

    private DateInput endsOn = new DateInput();

    @NotBlank(message = "{agreement.end.reason.missing}")
    @Size(max = 500, message = "{agreement.reason.tooLong}")
    private String reason;

    /** The form field a refusal of case-service is about, or null when it is about the whole form. */
    static String refusedField(String code) {
        return "ended-before-it-started".equals(code) ? "endsOn" : null;
    }

    public DateInput getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(DateInput endsOn) {
        this.endsOn = endsOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
