package uk.joinedup.caseservice.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person started a claim for a benefit.
 *
 * @param benefit which benefit
 * @param universalCreditRegime for Universal Credit, its conditionality regime; null for other benefits (and
 *     on Universal Credit claims recorded before the regime was asked, revision 1 of the person events)
 */
@FactKind(
        category = InformationCategory.EMPLOYMENT_AND_BENEFITS,
        recordableBy = {AgencyKind.JOBCENTRE_PLUS})
public record BenefitClaimStarted(
        @NotNull(message = "Select the benefit") Benefit benefit, UniversalCreditRegime universalCreditRegime)
        implements AgencyFact {

    /** A claim for a benefit other than Universal Credit. */
    public BenefitClaimStarted(Benefit benefit) {
        this(benefit, null);
    }

    @JsonIgnore
    @AssertTrue(message = "Select the Universal Credit regime, and only for Universal Credit")
    public boolean isRegimeGivenForUniversalCreditOnly() {
        return (benefit == Benefit.UNIVERSAL_CREDIT) == (universalCreditRegime != null);
    }
}
