package uk.joinedup.webui.family;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.validation.Errors;
import uk.joinedup.webui.caseservice.Budgets;
import uk.joinedup.webui.govuk.AmountInput;
import uk.joinedup.webui.govuk.DateInput;

/**
 * What the "commission a service" page posts: the allocation it is paid from, the plan goal it serves, the
 * provider, what it is for, how much, and the day it was commissioned.
 */
public class CommitmentForm {

    static final int PROVIDER_MAX = 200;
    static final int PURPOSE_MAX = 1000;

    /** case-service's refusals that are about one field, by rule code. */
    private static final Map<String, String> REFUSED_FIELDS = Map.of(
            "not-enough-left", "amount",
            "goal-not-in-plan", "goalId",
            "outside-allocation-period", "committedOn",
            "dated-in-future", "committedOn");

    private String allocationId;
    private String goalId;
    private String provider;
    private String purpose;
    private String amount;
    private DateInput committedOn = new DateInput();

    /**
     * The commitment, checked as far as web-ui can (an allocation and a goal chosen, the provider and
     * purpose given, an amount of money, a real day not after {@code today}): in the order of the page, each
     * problem against its field; null if there is any.
     */
    Budgets.CommitmentRequest toRequest(LocalDate today, Errors errors) {
        if (BudgetText.blank(allocationId)) {
            errors.rejectValue("allocationId", "budget.commitment.allocationId.missing");
        }
        if (BudgetText.blank(goalId)) {
            errors.rejectValue("goalId", "budget.commitment.goalId.missing");
        }
        BudgetText.require(provider, PROVIDER_MAX, "provider", "budget.commitment.provider", errors);
        BudgetText.require(purpose, PURPOSE_MAX, "purpose", "budget.commitment.purpose", errors);
        BigDecimal pounds = AmountInput.validate(amount, "amount", "budget.commitment.amount.missing", errors);
        LocalDate day = committedOn.validate("committedOn", "budget.commitment.committedOn", today, errors);
        return errors.hasErrors()
                ? null
                : new Budgets.CommitmentRequest(
                        allocationId.strip(), provider.strip(), purpose.strip(), goalId.strip(), pounds, day);
    }

    /** The form field a refusal of case-service is about, or null when it is about the whole commitment. */
    static String refusedField(String code) {
        return REFUSED_FIELDS.get(code);
    }

    public String getAllocationId() {
        return allocationId;
    }

    public void setAllocationId(String allocationId) {
        this.allocationId = allocationId;
    }

    public String getGoalId() {
        return goalId;
    }

    public void setGoalId(String goalId) {
        this.goalId = goalId;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public DateInput getCommittedOn() {
        return committedOn;
    }

    public void setCommittedOn(DateInput committedOn) {
        this.committedOn = committedOn;
    }
}
