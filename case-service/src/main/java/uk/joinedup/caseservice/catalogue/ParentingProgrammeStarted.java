package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * A parent started a parenting programme.
 *
 * @param programme which programme
 */
@FactKind(
        category = InformationCategory.FAMILY,
        recordableBy = {
            AgencyKind.EARLY_HELP,
            AgencyKind.HEALTH,
            AgencyKind.CHILDRENS_SOCIAL_CARE,
            AgencyKind.VOLUNTARY_SECTOR
        })
public record ParentingProgrammeStarted(
        @NotBlank(message = "Enter the programme")
                @Size(max = 100, message = "The programme must be 100 characters or fewer")
                String programme)
        implements AgencyFact {}
