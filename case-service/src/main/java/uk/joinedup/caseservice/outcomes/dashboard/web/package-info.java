/**
 * REST adapter of the outcomes dashboard: the indicators by quarter as JSON, each measure's table and all of
 * them as CSV, and the drill-down to the people a measure counted in a quarter with their evidence.
 */
package uk.joinedup.caseservice.outcomes.dashboard.web;
