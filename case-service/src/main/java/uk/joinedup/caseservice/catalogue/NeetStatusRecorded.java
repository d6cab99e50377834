package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotNull;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * A young person became NEET, or entered education, employment or training.
 *
 * @param status NEET or in education, employment or training
 */
@FactKind(
        category = InformationCategory.EDUCATION,
        recordableBy = {
            AgencyKind.EDUCATION,
            AgencyKind.YOUTH_OFFENDING,
            AgencyKind.JOBCENTRE_PLUS,
            AgencyKind.EARLY_HELP
        })
public record NeetStatusRecorded(@NotNull(message = "Select the status") NeetStatus status) implements AgencyFact {}
