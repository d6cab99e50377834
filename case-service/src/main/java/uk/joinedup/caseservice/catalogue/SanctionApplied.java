package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * A sanction or consequence was applied, e.g. a benefit sanction or a penalty notice for non-
 * attendance.
 *
 * @param sanction which sanction
 * @param details details, if any
 */
@FactKind(
        category = InformationCategory.FAMILY,
        recordableBy = {
            AgencyKind.JOBCENTRE_PLUS,
            AgencyKind.EDUCATION,
            AgencyKind.HOUSING,
            AgencyKind.PROBATION,
            AgencyKind.YOUTH_OFFENDING
        })
public record SanctionApplied(
        @NotNull(message = "Select the sanction") SanctionKind sanction,
        @Size(max = 500, message = "The details must be 500 characters or fewer") String details)
        implements AgencyFact {}
