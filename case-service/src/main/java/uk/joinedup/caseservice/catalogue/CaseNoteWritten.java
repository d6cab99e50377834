package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * A practitioner's note.
 *
 * @param text the note
 */
@FactKind(
        category = InformationCategory.CASE_NOTE,
        recordableBy = {
            AgencyKind.PROBATION,
            AgencyKind.YOUTH_OFFENDING,
            AgencyKind.JOBCENTRE_PLUS,
            AgencyKind.HEALTH,
            AgencyKind.HOUSING,
            AgencyKind.EDUCATION,
            AgencyKind.POLICE,
            AgencyKind.EARLY_HELP,
            AgencyKind.CHILDRENS_SOCIAL_CARE,
            AgencyKind.VOLUNTARY_SECTOR
        })
public record CaseNoteWritten(
        @NotBlank(message = "Enter the note")
                @Size(max = 10000, message = "The note must be 10,000 characters or fewer")
                String text)
        implements AgencyFact {}
