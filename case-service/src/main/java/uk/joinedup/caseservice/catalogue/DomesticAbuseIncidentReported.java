package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotNull;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * A domestic abuse incident involving the person.
 *
 * @param risk the assessed risk (DASH)
 */
@FactKind(
        category = InformationCategory.SAFEGUARDING,
        recordableBy = {AgencyKind.POLICE, AgencyKind.CHILDRENS_SOCIAL_CARE, AgencyKind.EARLY_HELP, AgencyKind.HEALTH})
public record DomesticAbuseIncidentReported(@NotNull(message = "Select the assessed risk") RiskLevel risk)
        implements AgencyFact {}
