package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person started a job.
 *
 * @param employer the employer, if known
 * @param hoursPerWeek contracted hours a week: 0 for a zero-hours contract
 */
@FactKind(
        category = InformationCategory.EMPLOYMENT_AND_BENEFITS,
        recordableBy = {
            AgencyKind.JOBCENTRE_PLUS,
            AgencyKind.VOLUNTARY_SECTOR,
            AgencyKind.EARLY_HELP,
            AgencyKind.PROBATION
        })
public record JobStarted(
        @Size(max = 100, message = "The employer must be 100 characters or fewer") String employer,
        @Min(value = 0, message = "Hours a week cannot be negative")
                @Max(value = 80, message = "Hours a week must be 80 or fewer")
                int hoursPerWeek)
        implements AgencyFact {}
