package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.Size;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person was released from custody: the cohort entry for the re-offending indicators.
 *
 * @param establishment the prison or secure establishment
 * @param onLicence whether they were released on licence
 */
@FactKind(
        category = InformationCategory.OFFENDING,
        recordableBy = {AgencyKind.PROBATION, AgencyKind.YOUTH_OFFENDING})
public record ReleasedFromCustody(
        @Size(max = 100, message = "The establishment must be 100 characters or fewer") String establishment,
        boolean onLicence)
        implements AgencyFact {}
