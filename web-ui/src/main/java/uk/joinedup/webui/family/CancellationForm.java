package uk.joinedup.webui.family;

import org.springframework.validation.Errors;
import uk.joinedup.webui.caseservice.Budgets;

/** What the "cancel a commitment" page posts: why it is cancelled (today). */
public class CancellationForm {

    static final int REASON_MAX = 1000;

    private String reason;

    /**
     * The cancellation, if a reason was given of at most {@value #REASON_MAX} characters; null, with the
     * error against the reason, if not.
     */
    Budgets.CancellationRequest toRequest(Errors errors) {
        BudgetText.require(reason, REASON_MAX, "reason", "budget.cancellation.reason", errors);
        return errors.hasErrors() ? null : new Budgets.CancellationRequest(reason.strip(), null);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
