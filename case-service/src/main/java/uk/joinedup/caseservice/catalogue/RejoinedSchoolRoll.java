package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * A child who was off a school roll ({@link LeftSchoolRoll}) is on one again from this day.
 *
 * @param school the school whose roll they joined
 */
@FactKind(
        category = InformationCategory.EDUCATION,
        recordableBy = {AgencyKind.EDUCATION})
public record RejoinedSchoolRoll(
        @NotBlank(message = "Enter the school") @Size(max = 100, message = "The school must be 100 characters or fewer")
                String school)
        implements AgencyFact {}
