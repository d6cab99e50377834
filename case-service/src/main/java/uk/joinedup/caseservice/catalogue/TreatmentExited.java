package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person left drug or alcohol treatment: the exit ends one episode, named by the fact that started it.
 *
 * @param exit how it ended
 * @param start the fact id of the {@link TreatmentStarted} or {@link ReturnedToTreatment} it ends, on the same
 *     person's record; null on exits recorded before episodes were linked (revision 1 of the person events)
 */
@FactKind(
        category = InformationCategory.SUBSTANCE_MISUSE,
        recordableBy = {AgencyKind.HEALTH})
public record TreatmentExited(
        @NotNull(message = "Select how treatment ended") TreatmentExit exit,
        @NotBlank(message = "Enter the treatment start this exit ends")
                @Size(max = 100, message = "The treatment start must be 100 characters or fewer")
                String start)
        implements AgencyFact {}
