package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotNull;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * A practitioner tried to make contact and got no answer: "an unanswered door" should bring a
 * redoubling of efforts.
 *
 * @param method how contact was attempted
 */
@FactKind(
        category = InformationCategory.CASE_NOTE,
        recordableBy = {
            AgencyKind.PROBATION,
            AgencyKind.YOUTH_OFFENDING,
            AgencyKind.JOBCENTRE_PLUS,
            AgencyKind.HEALTH,
            AgencyKind.HOUSING,
            AgencyKind.EDUCATION,
            AgencyKind.POLICE,
            AgencyKind.EARLY_HELP,
            AgencyKind.CHILDRENS_SOCIAL_CARE,
            AgencyKind.VOLUNTARY_SECTOR
        })
public record ContactUnanswered(@NotNull(message = "Select how contact was attempted") ContactMethod method)
        implements AgencyFact {}
