/**
 * The caseload overview for team managers: for their team (their team within their agency, from the
 * staff directory) and their agency, the open cases, those nobody leads, overdue reviews and overdue plan
 * actions now, referrals received and cases closed in each calendar quarter, and each team member's open
 * cases. Counts only: no family or person is named, so no sharing decision is needed; keyworkers are
 * staff, listed by name and never ranked, since the figures are context, not targets.
 *
 * <p>{@link uk.joinedup.caseservice.outcomes.overview.CaseloadOverviewProjection} keeps, per keyworker and
 * per agency, lists shaped for the overview ({@link uk.joinedup.caseservice.outcomes.overview.OverviewShards}):
 * the open cases, each with its lead and the due dates of its review and outstanding plan actions, and each
 * quarter's referrals and closures keyed by id. A team's figures are the union of its members' lists, so
 * a family two members work counts once, and a member who moves team takes their cases with them without a
 * rebuild. A request reads about a hundred documents by {@code _id} and never a family or an event.
 *
 * <p>{@link uk.joinedup.caseservice.outcomes.overview.CaseloadOverviewQueries} answers the controller
 * directly rather than as a query handler: the architecture rules hold every query handler to disclosing
 * through the sharing policy, and there is nothing here for the policy to decide.
 *
 * <p>"Overdue" changes with the date, not with events, so the lists keep due dates (a handful per open
 * case) and the query counts those before today: a stored "overdue" flag would need a daily job and
 * would be wrong between runs.
 *
 * <p>Referrals and closures count for every keyworker and agency that has ever worked the family (the
 * registering agency from the start, others from when they join), by their business date: a referral
 * nobody was allocated to counts for the registering agency only, not for any team.
 */
package uk.joinedup.caseservice.outcomes.overview;
