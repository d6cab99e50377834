package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotNull;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person left drug or alcohol treatment.
 *
 * @param exit how it ended
 */
@FactKind(
        category = InformationCategory.SUBSTANCE_MISUSE,
        recordableBy = {AgencyKind.HEALTH})
public record TreatmentExited(@NotNull(message = "Select how treatment ended") TreatmentExit exit)
        implements AgencyFact {}
