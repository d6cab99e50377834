package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotNull;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person started a tenancy.
 *
 * @param tenure the kind of tenancy
 */
@FactKind(
        category = InformationCategory.HOUSING,
        recordableBy = {AgencyKind.HOUSING})
public record TenancyStarted(@NotNull(message = "Select the kind of tenancy") Tenure tenure) implements AgencyFact {}
