package uk.joinedup.caseservice.agency;

import java.util.Objects;
import java.util.Set;

/**
 * The signed-in user a command is issued for, taken from the verified access token and never from a
 * request body.
 *
 * @param userId the token's subject
 * @param name the user's display name
 * @param agency the agency the user works for
 * @param agencyName that agency's name, as users see it
 * @param agencyKind that agency's kind
 * @param roles what the user may do
 * @param team the id of the user's team within their agency (the {@code team} claim; not the team around
 *     a family), or null when the token names none. Nothing decides by it yet.
 */
public record Actor(
        String userId,
        String name,
        AgencyId agency,
        String agencyName,
        AgencyKind agencyKind,
        Set<Role> roles,
        String team) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(agencyKind, "agencyKind");
        roles = Set.copyOf(roles);
        team = team == null || team.isBlank() ? null : team;
    }

    /** A user whose token names no team within their agency. */
    public Actor(
            String userId, String name, AgencyId agency, String agencyName, AgencyKind agencyKind, Set<Role> roles) {
        this(userId, name, agency, agencyName, agencyKind, roles, null);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
