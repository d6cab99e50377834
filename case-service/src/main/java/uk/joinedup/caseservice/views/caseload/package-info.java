/**
 * Caseloads: for each keyworker the families whose team they are on, the people they registered and,
 * for the families they lead, the requests to join the team awaiting their decision; for team managers
 * the open cases with no lead professional and the referrals awaiting a decision. Documents keyed by
 * user id, and named lists; summaries are computed at query time so "overdue" is always today's.
 */
package uk.joinedup.caseservice.views.caseload;
