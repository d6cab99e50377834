package uk.joinedup.caseservice.catalogue;

import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * A child stopped being looked after.
 */
@FactKind(
        category = InformationCategory.SAFEGUARDING,
        recordableBy = {AgencyKind.CHILDRENS_SOCIAL_CARE})
public record LeftCare() implements AgencyFact {}
