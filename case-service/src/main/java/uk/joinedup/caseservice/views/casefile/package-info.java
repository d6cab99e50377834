/**
 * The person and family pages' queries: each composes read models (records, memberships), applies
 * the sharing policy for the viewer, and answers what that viewer may see, now or "as at" a past date.
 * This is the one place chronology is disclosed.
 */
package uk.joinedup.caseservice.views.casefile;
