package uk.joinedup.caseservice.outcomes.schemes;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import uk.joinedup.caseservice.catalogue.Benefit;
import uk.joinedup.caseservice.catalogue.BenefitClaimStarted;
import uk.joinedup.caseservice.catalogue.UniversalCreditRegime;

/**
 * Which benefit claims a scheme counts as out of work. Universal Credit counts by its conditionality regime
 * only (a claim recorded without a regime does not count), so it is not listed among the benefits.
 *
 * @param benefits the out-of-work benefits other than Universal Credit
 * @param universalCreditRegimes the Universal Credit regimes that count as out of work
 */
public record OutOfWorkBenefits(
        @NotEmpty List<@NotNull Benefit> benefits,
        @NotNull List<@NotNull UniversalCreditRegime> universalCreditRegimes) {

    @com.fasterxml.jackson.annotation.JsonIgnore
    @AssertTrue(message = "list Universal Credit by its regimes (universalCreditRegimes), not among the benefits")
    public boolean isUniversalCreditByRegime() {
        return benefits == null || !benefits.contains(Benefit.UNIVERSAL_CREDIT);
    }

    boolean counts(BenefitClaimStarted claim) {
        return claim.benefit() == Benefit.UNIVERSAL_CREDIT
                ? universalCreditRegimes.contains(claim.universalCreditRegime())
                : benefits.contains(claim.benefit());
    }
}
