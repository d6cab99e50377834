package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotNull;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * A child became subject to a child protection plan.
 *
 * @param category the category of abuse
 */
@FactKind(
        category = InformationCategory.SAFEGUARDING,
        recordableBy = {AgencyKind.CHILDRENS_SOCIAL_CARE})
public record ChildProtectionPlanStarted(@NotNull(message = "Select the category of abuse") AbuseCategory category)
        implements AgencyFact {}
