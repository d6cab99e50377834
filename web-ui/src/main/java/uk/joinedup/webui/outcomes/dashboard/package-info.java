/**
 * The outcomes dashboard for team managers: each indicator case-service computes for their caseload, by
 * quarter, as an accessible server-rendered SVG chart beside its data table, with its definition, whether it
 * is a case-level proxy, the national figure, a CSV of each table, and a drill-down from each count to the
 * people counted and the evidence the sharing policy shows. Filters are a GET form. Figures are context, not
 * targets: keyworkers are a filter, never ranked.
 */
package uk.joinedup.webui.outcomes.dashboard;
