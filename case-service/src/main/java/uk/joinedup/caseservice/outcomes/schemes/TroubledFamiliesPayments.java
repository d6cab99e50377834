package uk.joinedup.caseservice.outcomes.schemes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What Troubled Families phase 1 pays: an attachment fee and an amount per result, both by the financial
 * year (April to March) in which the family joined, and a cap on the total a family earns. The cap is
 * applied in order: the attachment fee, then results (a), (b) and (c); the result that reaches the cap is
 * paid what is left of it and later ones nothing. The attachment fee is claimed like a result, as {@value
 * #ATTACHMENT_FEE}: met when the family meets the entry criteria, on their evidence.
 *
 * @param capPerFamily the most a family earns, attachment fee included
 * @param years the amounts of each financial year
 */
public record TroubledFamiliesPayments(
        @NotNull @DecimalMin("0") BigDecimal capPerFamily, @NotEmpty List<@NotNull @Valid PaymentYear> years) {

    /** The attachment fee's name among the payable results, as claims name it. */
    static final String ATTACHMENT_FEE = "attachmentFee";

    @JsonIgnore
    @AssertTrue(message = "list each financial year once")
    public boolean isEachYearOnce() {
        return years == null
                || years.stream().map(PaymentYear::financialYear).distinct().count() == years.size();
    }

    /**
     * What each payable is due, in order, the cap applied.
     *
     * @param payable the attachment fee first, then the results (a), (b) and (c)
     */
    Evaluation pay(String scheme, boolean eligible, List<Finding> entry, List<Outcome> payable, LocalDate attachedOn) {
        String year = financialYear(attachedOn);
        PaymentYear amounts = years.stream()
                .filter(listed -> listed.financialYear().equals(year))
                .findFirst()
                .orElse(null);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal fee = BigDecimal.ZERO;
        boolean capReached = false;
        List<ResultFinding> paid = new ArrayList<>();
        for (Outcome outcome : payable) {
            Finding result = outcome.finding();
            BigDecimal listed = amounts == null ? BigDecimal.ZERO : amounts.amountFor(result.criterion());
            BigDecimal due = eligible && result.met() ? listed : BigDecimal.ZERO;
            BigDecimal earned = due.min(capPerFamily.subtract(total));
            capReached |= earned.compareTo(due) < 0;
            total = total.add(earned);
            if (result.criterion().equals(ATTACHMENT_FEE)) {
                fee = earned;
            }
            paid.add(new ResultFinding(result, outcome.parts(), listed, earned));
        }
        List<String> listed = years.stream().map(PaymentYear::financialYear).toList();
        return new Evaluation(
                scheme, eligible, entry, amounts == null ? null : year, listed, fee, paid, total, capReached);
    }

    /** The financial year a day falls in, e.g. 2012/13 for any day from 1 April 2012 to 31 March 2013. */
    static String financialYear(LocalDate day) {
        int start = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return Years.spanning(start);
    }

    /**
     * @param financialYear e.g. 2012/13
     * @param attachmentFee paid when an eligible family joins
     * @param crimeAndEducation result (a)
     * @param progressToWork result (b)
     * @param continuousEmployment result (c)
     */
    public record PaymentYear(
            @NotNull @Pattern(regexp = "\\d{4}/\\d{2}", message = "write the financial year like 2012/13")
                    String financialYear,
            @NotNull @DecimalMin("0") BigDecimal attachmentFee,
            @NotNull @DecimalMin("0") BigDecimal crimeAndEducation,
            @NotNull @DecimalMin("0") BigDecimal progressToWork,
            @NotNull @DecimalMin("0") BigDecimal continuousEmployment) {

        BigDecimal amountFor(String result) {
            return switch (result) {
                case ATTACHMENT_FEE -> attachmentFee;
                case TroubledFamiliesResults.CRIME_AND_EDUCATION -> crimeAndEducation;
                case TroubledFamiliesResults.PROGRESS_TO_WORK -> progressToWork;
                case TroubledFamiliesResults.CONTINUOUS_EMPLOYMENT -> continuousEmployment;
                default -> throw new IllegalArgumentException("No amount for " + result);
            };
        }
    }
}
