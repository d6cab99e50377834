package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotNull;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person joined an offender management cohort: IOM, PPO or MAPPA.
 *
 * @param cohort which cohort
 */
@FactKind(
        category = InformationCategory.OFFENDING,
        recordableBy = {AgencyKind.PROBATION, AgencyKind.POLICE})
public record OffenderCohortJoined(@NotNull(message = "Select the cohort") OffenderCohort cohort)
        implements AgencyFact {}
