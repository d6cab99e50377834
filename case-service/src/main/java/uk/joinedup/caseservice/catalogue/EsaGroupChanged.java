package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotNull;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * Within a claim for Employment and Support Allowance, the person moved to another group (e.g. from the
 * work-related activity group to the support group after a reassessment). The claim goes on: it is not
 * ended and started again.
 *
 * @param group the group they moved to
 */
@FactKind(
        category = InformationCategory.EMPLOYMENT_AND_BENEFITS,
        recordableBy = {AgencyKind.JOBCENTRE_PLUS})
public record EsaGroupChanged(@NotNull(message = "Select the group they moved to") EsaGroup group)
        implements AgencyFact {}
