/**
 * The person and family pages' queries: each composes read models (records, memberships), applies
 * the sharing policy for the viewer, and answers what that viewer may see, now or "as at" a past date.
 * This is the one place chronology is disclosed: every entry is decided, and what is withheld counted,
 * before the views carry one page of the entries (see {@link uk.joinedup.caseservice.views.casefile.ChronologyPage}). The sharing records on a person's record (consents,
 * emergency overrides) are answered here too, since who may see them depends on how the viewer works
 * with the person; so is what of a person's record is withheld from a viewer, which breaking glass opens.
 */
package uk.joinedup.caseservice.views.casefile;
