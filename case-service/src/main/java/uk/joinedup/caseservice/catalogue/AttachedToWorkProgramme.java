package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person was attached to the Work Programme (for prison leavers, from day one).
 *
 * @param provider the Work Programme provider
 */
@FactKind(
        category = InformationCategory.EMPLOYMENT_AND_BENEFITS,
        recordableBy = {AgencyKind.JOBCENTRE_PLUS})
public record AttachedToWorkProgramme(
        @NotBlank(message = "Enter the provider")
                @Size(max = 100, message = "The provider must be 100 characters or fewer")
                String provider)
        implements AgencyFact {}
