/**
 * The chronology as person and family pages show it: each entry in words from the message bundle
 * (its kind, its fields, corrections and retraction), and the agency and category filter. Only what
 * case-service disclosed is shown; what it withheld is only counted, with why, by agency and reason.
 */
package uk.joinedup.webui.chronology;
