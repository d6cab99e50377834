package uk.joinedup.caseservice.sharing;

import java.util.Set;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.Role;

/**
 * Who is looking, and how they relate to the subject.
 *
 * @param agency the viewer's agency
 * @param manager whether the viewer is a team manager
 * @param teamAgencies the agencies in the team around the families the subject belongs to (for a
 *     family, its own team)
 */
public record Viewer(AgencyId agency, boolean manager, Set<AgencyId> teamAgencies) {

    public Viewer {
        teamAgencies = Set.copyOf(teamAgencies);
    }

    /** The acting user, related to a subject through the agencies in the team around its families. */
    public static Viewer of(Actor actor, Set<AgencyId> teamAgencies) {
        return new Viewer(actor.agency(), actor.hasRole(Role.TEAM_MANAGER), teamAgencies);
    }

    public boolean onTheTeam() {
        return teamAgencies.contains(agency);
    }
}
