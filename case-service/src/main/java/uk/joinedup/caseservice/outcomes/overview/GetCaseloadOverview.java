package uk.joinedup.caseservice.outcomes.overview;

import uk.joinedup.caseservice.agency.Actor;

/**
 * The caseload overview of a team manager's team and agency: figures now, and referrals and closures for
 * each quarter from {@code from} to {@code to}.
 */
public record GetCaseloadOverview(Actor viewer, Quarter from, Quarter to) {}
