package uk.joinedup.caseservice.catalogue;

import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * A child became looked after by the local authority.
 */
@FactKind(
        category = InformationCategory.SAFEGUARDING,
        recordableBy = {AgencyKind.CHILDRENS_SOCIAL_CARE})
public record BecameLookedAfter() implements AgencyFact {}
