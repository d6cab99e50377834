/**
 * REST adapter for sharing agreements: request records become commands (the acting user comes from the
 * token; the aggregate refuses anyone but an information-governance officer), and agreements are read
 * through the query handlers of {@code record}.
 */
package uk.joinedup.caseservice.agreement.web;
