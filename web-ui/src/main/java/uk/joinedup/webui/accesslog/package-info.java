/**
 * The access log, for information-governance officers: who looked at whose record, when, and what they
 * were shown or not shown and on what basis; filtered by person, user, agency and period, a page at a
 * time, or downloaded as CSV (streamed through from case-service); and whether its hash chain is intact.
 */
package uk.joinedup.webui.accesslog;
