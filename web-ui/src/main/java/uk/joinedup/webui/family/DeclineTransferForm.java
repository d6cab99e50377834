package uk.joinedup.webui.family;

import java.time.LocalDate;
import org.springframework.validation.Errors;
import uk.joinedup.webui.govuk.DateInput;

/** What the "decline the transfer" page posts: why the receiving agency declines it, and on what day. */
public class DeclineTransferForm {

    static final int REASON_MAX = 2000;

    private String reason;
    private DateInput declinedOn = new DateInput();

    /**
     * The decline, if a reason was given of at most {@value #REASON_MAX} characters and the day is real and not
     * after {@code today}; null, each problem against its field, if not.
     */
    Decline toDecline(LocalDate today, Errors errors) {
        BudgetText.require(reason, REASON_MAX, "reason", "transfer.decline.reason", errors);
        LocalDate day = declinedOn.validate("declinedOn", "transfer.declinedOn", today, errors);
        return errors.hasErrors() ? null : new Decline(reason.strip(), day);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public DateInput getDeclinedOn() {
        return declinedOn;
    }

    public void setDeclinedOn(DateInput declinedOn) {
        this.declinedOn = declinedOn;
    }

    /** A transfer declined: why, and the day. */
    record Decline(String reason, LocalDate on) {}
}
