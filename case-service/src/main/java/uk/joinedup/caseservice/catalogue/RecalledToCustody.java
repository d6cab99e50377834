package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person was recalled to custody.
 *
 * @param reason why
 */
@FactKind(
        category = InformationCategory.OFFENDING,
        recordableBy = {AgencyKind.PROBATION, AgencyKind.YOUTH_OFFENDING})
public record RecalledToCustody(
        @NotBlank(message = "Enter the reason for recall")
                @Size(max = 500, message = "The reason must be 500 characters or fewer")
                String reason)
        implements AgencyFact {}
