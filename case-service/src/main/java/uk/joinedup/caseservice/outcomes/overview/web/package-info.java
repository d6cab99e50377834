/**
 * REST adapter of the caseload overview: the figures as JSON, each of its tables as CSV, for the period
 * asked (by default the current quarter and the three before it).
 */
package uk.joinedup.caseservice.outcomes.overview.web;
