package uk.joinedup.caseservice.catalogue;

import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * A child's child protection plan ended.
 */
@FactKind(
        category = InformationCategory.SAFEGUARDING,
        recordableBy = {AgencyKind.CHILDRENS_SOCIAL_CARE})
public record ChildProtectionPlanEnded() implements AgencyFact {}
