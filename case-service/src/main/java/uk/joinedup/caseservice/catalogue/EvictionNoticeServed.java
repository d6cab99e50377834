package uk.joinedup.caseservice.catalogue;

import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person was served notice of eviction.
 */
@FactKind(
        category = InformationCategory.HOUSING,
        recordableBy = {AgencyKind.HOUSING})
public record EvictionNoticeServed() implements AgencyFact {}
