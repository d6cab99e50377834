package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotNull;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person came back into drug or alcohol treatment after leaving it.
 *
 * @param substance what the treatment is for
 */
@FactKind(
        category = InformationCategory.SUBSTANCE_MISUSE,
        recordableBy = {AgencyKind.HEALTH})
public record ReturnedToTreatment(@NotNull(message = "Select what the treatment is for") Substance substance)
        implements AgencyFact {}
