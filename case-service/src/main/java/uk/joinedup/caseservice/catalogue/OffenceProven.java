package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * An offence was proven: the person was convicted, cautioned, or (under 18) reprimanded or
 * warned. The fact's date is the date it was proven.
 *
 * @param offence what the offence was
 * @param offenceDate when the offence was committed
 * @param disposal how it was disposed of
 */
@FactKind(
        category = InformationCategory.OFFENDING,
        recordableBy = {AgencyKind.PROBATION, AgencyKind.YOUTH_OFFENDING, AgencyKind.POLICE})
public record OffenceProven(
        @NotBlank(message = "Enter the offence")
                @Size(max = 200, message = "The offence must be 200 characters or fewer")
                String offence,
        @NotNull(message = "Enter the date of the offence")
                @PastOrPresent(message = "The date of the offence must be today or in the past")
                LocalDate offenceDate,
        @NotNull(message = "Select the outcome") Disposal disposal)
        implements AgencyFact {}
