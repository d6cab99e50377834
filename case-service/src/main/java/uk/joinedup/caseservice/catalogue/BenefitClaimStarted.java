package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotNull;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person started a claim for a benefit.
 *
 * @param benefit which benefit
 */
@FactKind(
        category = InformationCategory.EMPLOYMENT_AND_BENEFITS,
        recordableBy = {AgencyKind.JOBCENTRE_PLUS})
public record BenefitClaimStarted(@NotNull(message = "Select the benefit") Benefit benefit) implements AgencyFact {}
