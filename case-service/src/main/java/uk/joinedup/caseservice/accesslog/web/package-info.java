/**
 * REST adapter of the access log for information-governance officers: filter it, export it as CSV and
 * verify its chain. The security configuration refuses everyone else (403).
 */
package uk.joinedup.caseservice.accesslog.web;
