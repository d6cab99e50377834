package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person was found to be in rent arrears.
 *
 * @param amountPounds the arrears, in whole pounds
 */
@FactKind(
        category = InformationCategory.HOUSING,
        recordableBy = {AgencyKind.HOUSING})
public record RentArrearsRecorded(
        @Min(value = 1, message = "The arrears must be at least £1")
                @Max(value = 1000000, message = "The arrears must be £1,000,000 or less")
                int amountPounds)
        implements AgencyFact {}
