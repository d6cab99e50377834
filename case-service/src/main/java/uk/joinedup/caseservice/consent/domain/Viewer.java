package uk.joinedup.caseservice.consent.domain;

import java.util.Set;
import uk.joinedup.caseservice.agency.AgencyId;

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

    public boolean onTheTeam() {
        return teamAgencies.contains(agency);
    }
}
