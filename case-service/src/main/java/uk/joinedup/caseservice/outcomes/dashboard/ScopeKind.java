package uk.joinedup.caseservice.outcomes.dashboard;

/** Whose caseload the dashboard counts: the signed-in manager's team (within their agency), or their agency. */
public enum ScopeKind {
    TEAM,
    AGENCY
}
