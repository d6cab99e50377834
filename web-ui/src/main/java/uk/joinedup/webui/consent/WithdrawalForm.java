package uk.joinedup.webui.consent;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.joinedup.webui.govuk.DateInput;

/** What the "withdraw consent" page posts: when, why, and that the user means it. */
public class WithdrawalForm {

    private DateInput withdrawnOn = new DateInput();

    @NotBlank(message = "{consent.withdrawal.reason.missing}")
    @Size(max = 500, message = "{consent.withdrawal.reason.tooLong}")
    private String reason;

    @AssertTrue(message = "{consent.withdrawal.confirmed.missing}")
    private boolean confirmed;

    /** The form field a field of case-service's request is shown against. */
    static String formField(String requestField) {
        return requestField;
    }

    /** The form field a refusal of case-service is about, or null when it is about the whole withdrawal. */
    static String refusedField(String code) {
        return "withdrawn-before-it-began".equals(code) ? "withdrawnOn" : null;
    }

    public DateInput getWithdrawnOn() {
        return withdrawnOn;
    }

    public void setWithdrawnOn(DateInput withdrawnOn) {
        this.withdrawnOn = withdrawnOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
