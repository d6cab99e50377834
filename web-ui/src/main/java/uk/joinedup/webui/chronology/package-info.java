/**
 * The chronology as person and family pages show it: each entry in words from the message bundle
 * (its kind, its fields, corrections and retraction), the agency and category filter, and the pages
 * of 50 entries, newest first, whose links keep the date and the filter. Only what
 * case-service disclosed is shown; what it withheld is only counted, with why, by agency and reason.
 */
package uk.joinedup.webui.chronology;
