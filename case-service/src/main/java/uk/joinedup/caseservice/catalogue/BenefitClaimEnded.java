package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotNull;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person's claim for a benefit ended.
 *
 * @param benefit which benefit
 * @param reason why it ended
 */
@FactKind(
        category = InformationCategory.EMPLOYMENT_AND_BENEFITS,
        recordableBy = {AgencyKind.JOBCENTRE_PLUS})
public record BenefitClaimEnded(
        @NotNull(message = "Select the benefit") Benefit benefit,
        @NotNull(message = "Select why the claim ended") ClaimEndReason reason)
        implements AgencyFact {}
