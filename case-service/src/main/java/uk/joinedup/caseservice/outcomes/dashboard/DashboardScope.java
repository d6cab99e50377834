package uk.joinedup.caseservice.outcomes.dashboard;

import java.util.List;

/**
 * The caseload a dashboard counts, as the page names it.
 *
 * @param kind team or agency
 * @param id the team's or agency's id
 * @param name how users know it (a team is known by its id)
 * @param keyworker the one member counted alone, or null
 * @param keyworkerName their name, or null
 * @param keyworkers the members of the manager's team who work with families, by name: the choices of the
 *     keyworker filter, never a ranking; empty without a team
 */
public record DashboardScope(
        ScopeKind kind, String id, String name, String keyworker, String keyworkerName, List<Colleague> keyworkers) {

    public DashboardScope {
        keyworkers = List.copyOf(keyworkers);
    }

    /** A member of the manager's team. */
    public record Colleague(String userId, String name) {}
}
