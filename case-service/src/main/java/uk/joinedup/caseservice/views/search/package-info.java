/**
 * Identity searches as accesses: every search of the person index (by name or identifier, possible
 * duplicates, a registration's duplicate check) and of the family index is appended to the access log,
 * with what was searched for and the people it found, before the answer leaves the query bus. The
 * features answer the searches; this package, which may know the access log, records them.
 */
package uk.joinedup.caseservice.views.search;
