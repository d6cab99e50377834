package uk.joinedup.caseservice.catalogue;

import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person was found sleeping rough.
 */
@FactKind(
        category = InformationCategory.HOUSING,
        recordableBy = {AgencyKind.HOUSING, AgencyKind.VOLUNTARY_SECTOR, AgencyKind.POLICE})
public record FoundSleepingRough() implements AgencyFact {}
