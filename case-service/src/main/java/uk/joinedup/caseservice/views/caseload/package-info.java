/**
 * Caseloads, every list paged 50 a page: for each keyworker the families whose team they are on and, for
 * the families they lead, the requests to join the team and consents ending soon; the people each user
 * registered; for team managers the open cases with no lead professional, the referrals awaiting a
 * decision and their team's caseload (the cases of every member of their team within their agency, from
 * the staff directory's {@link uk.joinedup.caseservice.agency.TeamRoster}). Each list is sharded over
 * documents keyed {@code owner/n} carrying each family's {@link uk.joinedup.caseservice.views.caseload.CaseKey},
 * so a page is ordered without reading any family; only the page shown is read whole, by id, and shown as
 * the sharing policy allows. Whether a case needs attention is worked out at query time, so "overdue" is
 * always today's.
 */
package uk.joinedup.caseservice.views.caseload;
