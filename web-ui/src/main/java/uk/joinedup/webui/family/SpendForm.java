package uk.joinedup.webui.family;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.validation.Errors;
import uk.joinedup.webui.caseservice.Budgets;
import uk.joinedup.webui.govuk.AmountInput;
import uk.joinedup.webui.govuk.DateInput;

/** What the "record spend" page posts: how much was spent against a commitment, and when. */
public class SpendForm {

    /** case-service's refusals that are about one field, by rule code. */
    private static final Map<String, String> REFUSED_FIELDS = Map.of(
            "spend-beyond-commitment", "amount",
            "dated-in-future", "spentOn",
            "dated-before-commitment", "spentOn");

    private String amount;
    private DateInput spentOn = new DateInput();

    /**
     * The spend, checked as far as web-ui can (an amount of money, a real day not after {@code today}): each
     * problem against its field; null if there is any.
     */
    Budgets.SpendRequest toRequest(LocalDate today, Errors errors) {
        BigDecimal pounds = AmountInput.validate(amount, "amount", "budget.spend.amount.missing", errors);
        LocalDate day = spentOn.validate("spentOn", "budget.spend.spentOn", today, errors);
        return errors.hasErrors() ? null : new Budgets.SpendRequest(pounds, day);
    }

    /** The form field a refusal of case-service is about, or null when it is about the whole spend. */
    static String refusedField(String code) {
        return REFUSED_FIELDS.get(code);
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public DateInput getSpentOn() {
        return spentOn;
    }

    public void setSpentOn(DateInput spentOn) {
        this.spentOn = spentOn;
    }
}
