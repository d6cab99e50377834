package uk.joinedup.caseservice.family.api;

import uk.joinedup.caseservice.agency.AgencyId;

/**
 * A practitioner in the team around a family.
 *
 * @param userId their sign-in name
 * @param name display name
 * @param agency the agency they work for
 * @param agencyName that agency's name
 * @param role what they do for the family, e.g. "Probation practitioner"
 * @param contact how the team reaches them (work phone or email), may be null
 */
public record TeamMember(String userId, String name, AgencyId agency, String agencyName, String role, String contact) {}
