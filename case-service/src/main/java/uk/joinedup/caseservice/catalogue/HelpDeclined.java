package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person declined help that was offered. It is information of the recording agency's own kind (help a
 * health service offered is health information), and is shared as that agency's other records are.
 *
 * @param offered what was offered
 */
@FactKind(
        category = InformationCategory.FAMILY,
        categoryOfTheRecordingAgency = true,
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
public record HelpDeclined(
        @NotBlank(message = "Enter what was offered")
                @Size(max = 500, message = "What was offered must be 500 characters or fewer")
                String offered)
        implements AgencyFact {}
