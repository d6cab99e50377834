package uk.joinedup.caseservice.outcomes.dashboard;

import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.outcomes.overview.Quarter;

/**
 * The indicators of a manager's caseload for each quarter from {@code from} to {@code to}.
 *
 * @param scope the team or the agency; null for the team, or the agency when the sign-in names no team
 * @param keyworker one member of the team to count alone, or null for the whole scope
 */
public record GetOutcomesDashboard(Actor viewer, ScopeKind scope, String keyworker, Quarter from, Quarter to) {}
