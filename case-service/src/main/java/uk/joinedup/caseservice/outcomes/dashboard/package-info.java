/**
 * The outcomes dashboard for team managers: each indicator of the Social Justice Outcomes Framework that case
 * facts support, by calendar quarter, for the people of their team's open caseload (or their agency's, or one
 * keyworker's of their team), with a drill-down to the people counted and their evidence. Figures are context,
 * "not a set of targets" (seed 001): keyworkers are never ranked.
 *
 * <p>{@link uk.joinedup.caseservice.outcomes.dashboard.CaseloadPeopleProjection} keeps, per keyworker and per
 * agency, sharded lists of their open families with the people in each household now ({@link
 * uk.joinedup.caseservice.outcomes.dashboard.CaseloadShards}). {@link
 * uk.joinedup.caseservice.outcomes.dashboard.DashboardQueries} reads a scope's lists by {@code _id}, asks
 * {@link uk.joinedup.caseservice.outcomes.dashboard.OutcomesFacts} (implemented in {@code views.outcomes})
 * for those people with the facts the sharing policy shows the viewer for the outcomes purpose (ADR 21), and
 * computes every measure for every quarter with the pure functions of {@code outcomes.indicators} ({@link
 * uk.joinedup.caseservice.outcomes.dashboard.QuarterMeasures}). No request reads an event or a person outside
 * the caseload. The figures say how many people had facts withheld from the viewer, never which. Social
 * investment shows the outcome payments the caseload's families' results earned ({@link
 * uk.joinedup.caseservice.outcomes.dashboard.OutcomePayments}, from the claims' read model).
 *
 * <p>The cohort is the caseload today; each quarter's figure is taken as at the quarter's last day, except
 * re-offending, which follows those entering the cohort in the quarter with every fact known and says when
 * its follow-up is complete.
 */
package uk.joinedup.caseservice.outcomes.dashboard;
