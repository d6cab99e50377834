package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotNull;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person's supervision ended.
 *
 * @param outcome how it ended
 */
@FactKind(
        category = InformationCategory.OFFENDING,
        recordableBy = {AgencyKind.PROBATION, AgencyKind.YOUTH_OFFENDING})
public record SupervisionEnded(@NotNull(message = "Select how the supervision ended") SupervisionOutcome outcome)
        implements AgencyFact {}
