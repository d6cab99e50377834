package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.Size;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person's homelessness was prevented.
 *
 * @param how how, if recorded
 */
@FactKind(
        category = InformationCategory.HOUSING,
        recordableBy = {AgencyKind.HOUSING, AgencyKind.EARLY_HELP, AgencyKind.VOLUNTARY_SECTOR})
public record HomelessnessPrevented(
        @Size(max = 200, message = "How it was prevented must be 200 characters or fewer") String how)
        implements AgencyFact {}
