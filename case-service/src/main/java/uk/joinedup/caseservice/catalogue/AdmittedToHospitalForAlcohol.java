package uk.joinedup.caseservice.catalogue;

import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person was admitted to hospital for an alcohol-related condition.
 */
@FactKind(
        category = InformationCategory.HEALTH,
        recordableBy = {AgencyKind.HEALTH})
public record AdmittedToHospitalForAlcohol() implements AgencyFact {}
