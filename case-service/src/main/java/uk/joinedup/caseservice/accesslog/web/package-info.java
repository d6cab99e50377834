/**
 * REST adapter of the access log for information-governance officers: filter it, export it as CSV and
 * verify its chain. Everyone else is refused (403).
 */
package uk.joinedup.caseservice.accesslog.web;
