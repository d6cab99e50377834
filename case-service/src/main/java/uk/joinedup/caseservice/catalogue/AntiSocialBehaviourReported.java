package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * An incident of anti-social behaviour was recorded against the person.
 *
 * @param description what happened
 */
@FactKind(
        category = InformationCategory.OFFENDING,
        recordableBy = {AgencyKind.POLICE, AgencyKind.HOUSING, AgencyKind.YOUTH_OFFENDING, AgencyKind.EARLY_HELP})
public record AntiSocialBehaviourReported(
        @NotBlank(message = "Describe the incident")
                @Size(max = 500, message = "The description must be 500 characters or fewer")
                String description)
        implements AgencyFact {}
