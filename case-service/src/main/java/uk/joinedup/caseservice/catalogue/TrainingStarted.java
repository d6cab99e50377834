package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person started training or volunteering.
 *
 * @param kind training or volunteering
 * @param description what it is
 */
@FactKind(
        category = InformationCategory.EMPLOYMENT_AND_BENEFITS,
        recordableBy = {
            AgencyKind.JOBCENTRE_PLUS,
            AgencyKind.VOLUNTARY_SECTOR,
            AgencyKind.EARLY_HELP,
            AgencyKind.PROBATION,
            AgencyKind.YOUTH_OFFENDING,
            AgencyKind.EDUCATION
        })
public record TrainingStarted(
        @NotNull(message = "Select training or volunteering") TrainingKind kind,
        @NotBlank(message = "Describe the training or volunteering")
                @Size(max = 200, message = "The description must be 200 characters or fewer")
                String description)
        implements AgencyFact {}
