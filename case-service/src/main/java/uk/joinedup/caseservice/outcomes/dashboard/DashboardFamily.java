package uk.joinedup.caseservice.outcomes.dashboard;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A family as the dashboard's caseload lists need it, kept by {@link CaseloadPeopleProjection} and changed only
 * by these pure functions: whether its case is open, who works it now and who is in the household now.
 *
 * @param registeredBy the agency that registered the family
 * @param team the keyworkers on the family's team now, with their agencies
 * @param members the people in the household now, by person id
 */
record DashboardFamily(
        @JsonProperty("_id") String familyId,
        boolean open,
        String registeredBy,
        Map<String, String> team,
        Set<String> members) {

    DashboardFamily {
        team = team == null ? Map.of() : Map.copyOf(team);
        members = members == null ? Set.of() : Set.copyOf(members);
    }

    static DashboardFamily registered(String familyId, String agency) {
        return new DashboardFamily(familyId, false, agency, Map.of(), Set.of());
    }

    /** The caseloads the family is in now: none unless its case is open; else its team's and agencies'. */
    Set<CaseloadScope> scopesNow() {
        if (!open) {
            return Set.of();
        }
        Set<CaseloadScope> scopes = new HashSet<>();
        team.keySet().forEach(userId -> scopes.add(CaseloadScope.keyworker(userId)));
        scopes.add(CaseloadScope.agency(registeredBy));
        team.values().forEach(agency -> scopes.add(CaseloadScope.agency(agency)));
        return scopes;
    }

    DashboardFamily opened(boolean isOpen) {
        return new DashboardFamily(familyId, isOpen, registeredBy, team, members);
    }

    DashboardFamily joined(String userId, String agency) {
        Map<String, String> changed = new HashMap<>(team);
        changed.put(userId, agency);
        return new DashboardFamily(familyId, open, registeredBy, changed, members);
    }

    DashboardFamily left(String userId) {
        Map<String, String> changed = new HashMap<>(team);
        changed.remove(userId);
        return new DashboardFamily(familyId, open, registeredBy, changed, members);
    }

    DashboardFamily memberJoined(String personId) {
        Set<String> changed = new HashSet<>(members);
        changed.add(personId);
        return new DashboardFamily(familyId, open, registeredBy, team, changed);
    }

    DashboardFamily memberLeft(String personId) {
        Set<String> changed = new HashSet<>(members);
        changed.remove(personId);
        return new DashboardFamily(familyId, open, registeredBy, team, changed);
    }
}
