package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * An intervention for anti-social behaviour was given to the person.
 *
 * @param intervention which kind
 * @param details what it requires or forbids, if useful
 */
@FactKind(
        category = InformationCategory.OFFENDING,
        recordableBy = {AgencyKind.POLICE, AgencyKind.HOUSING, AgencyKind.YOUTH_OFFENDING, AgencyKind.EARLY_HELP})
public record AntiSocialBehaviourInterventionGiven(
        @NotNull(message = "Select the kind of intervention") AntiSocialBehaviourIntervention intervention,
        @Size(max = 500, message = "The details must be 500 characters or fewer") String details)
        implements AgencyFact {}
