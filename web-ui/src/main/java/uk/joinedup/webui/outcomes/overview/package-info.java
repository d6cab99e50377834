/**
 * The caseload overview page for team managers: their team's and agency's open cases, referrals and
 * closures by quarter, overdue reviews and actions, and each keyworker's open cases, with the period as a
 * GET form and every table as CSV, passed through from case-service.
 */
package uk.joinedup.webui.outcomes.overview;
