package uk.joinedup.webui.family;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.validation.Errors;
import uk.joinedup.webui.caseservice.Budgets;
import uk.joinedup.webui.caseservice.FundingSource;
import uk.joinedup.webui.govuk.AmountInput;
import uk.joinedup.webui.govuk.DateInput;

/** What the "allocate funds" page posts: where the money comes from, how much, and the period it is for. */
public class AllocationForm {

    /** case-service's refusals that are about one field, by rule code. */
    private static final Map<String, String> REFUSED_FIELDS = Map.of(
            "over-approval-limit", "amount",
            "period-ends-before-it-begins", "until");

    private String source;
    private String amount;
    private DateInput from = new DateInput();
    private DateInput until = new DateInput();

    /**
     * The allocation, checked as far as web-ui can (a source chosen, an amount of money, real dates): in the
     * order of the page, each problem against its field; null if there is any.
     */
    Budgets.AllocationRequest toRequest(Errors errors) {
        FundingSource fundingSource = FamilyPages.option(FundingSource.class, source);
        if (fundingSource == null) {
            errors.rejectValue("source", "budget.allocation.source.missing");
        }
        BigDecimal pounds = AmountInput.validate(amount, "amount", "budget.allocation.amount.missing", errors);
        LocalDate first = from.validate("from", "budget.allocation.from", null, errors);
        LocalDate last = until.validate("until", "budget.allocation.until", null, errors);
        return errors.hasErrors() ? null : new Budgets.AllocationRequest(fundingSource, pounds, first, last);
    }

    /** The form field a refusal of case-service is about, or null when it is about the whole allocation. */
    static String refusedField(String code) {
        return REFUSED_FIELDS.get(code);
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public DateInput getFrom() {
        return from;
    }

    public void setFrom(DateInput from) {
        this.from = from;
    }

    public DateInput getUntil() {
        return until;
    }

    public void setUntil(DateInput until) {
        this.until = until;
    }
}
