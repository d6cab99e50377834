/**
 * Caseloads: for each keyworker the families whose team they are on and the people they registered;
 * for managers the open cases with no lead professional. Documents keyed by user id (and one list of
 * unled cases); summaries are computed at query time so "overdue" is always today's.
 */
package uk.joinedup.caseservice.caseload;
