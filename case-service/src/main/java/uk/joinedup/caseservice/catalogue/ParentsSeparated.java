package uk.joinedup.caseservice.catalogue;

import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * A child's parents separated: the family-stability indicator counts this.
 */
@FactKind(
        category = InformationCategory.FAMILY,
        recordableBy = {AgencyKind.EARLY_HELP, AgencyKind.CHILDRENS_SOCIAL_CARE, AgencyKind.HEALTH})
public record ParentsSeparated() implements AgencyFact {}
