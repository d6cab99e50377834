package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person was referred to a mental health service.
 *
 * @param service the service referred to
 */
@FactKind(
        category = InformationCategory.HEALTH,
        recordableBy = {
            AgencyKind.HEALTH,
            AgencyKind.EARLY_HELP,
            AgencyKind.CHILDRENS_SOCIAL_CARE,
            AgencyKind.PROBATION,
            AgencyKind.YOUTH_OFFENDING
        })
public record ReferredToMentalHealthService(
        @NotBlank(message = "Enter the service")
                @Size(max = 100, message = "The service must be 100 characters or fewer")
                String service)
        implements AgencyFact {}
