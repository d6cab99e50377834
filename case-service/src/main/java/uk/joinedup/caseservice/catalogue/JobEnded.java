package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.Size;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person's job ended.
 *
 * @param reason why, if known
 */
@FactKind(
        category = InformationCategory.EMPLOYMENT_AND_BENEFITS,
        recordableBy = {
            AgencyKind.JOBCENTRE_PLUS,
            AgencyKind.VOLUNTARY_SECTOR,
            AgencyKind.EARLY_HELP,
            AgencyKind.PROBATION
        })
public record JobEnded(@Size(max = 200, message = "The reason must be 200 characters or fewer") String reason)
        implements AgencyFact {}
