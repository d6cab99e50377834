package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person came under supervision by probation or youth justice.
 *
 * @param supervision the kind of supervision
 * @param expectedEnd when it is due to end, if known
 */
@FactKind(
        category = InformationCategory.OFFENDING,
        recordableBy = {AgencyKind.PROBATION, AgencyKind.YOUTH_OFFENDING})
public record SupervisionStarted(
        @NotNull(message = "Select the kind of supervision") SupervisionType supervision, LocalDate expectedEnd)
        implements AgencyFact {}
