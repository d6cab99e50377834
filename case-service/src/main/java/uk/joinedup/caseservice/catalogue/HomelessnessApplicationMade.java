package uk.joinedup.caseservice.catalogue;

import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person applied to the council as homeless.
 */
@FactKind(
        category = InformationCategory.HOUSING,
        recordableBy = {AgencyKind.HOUSING})
public record HomelessnessApplicationMade() implements AgencyFact {}
