/**
 * Subject access (issue 16, ADR 32): an information-governance officer answers a person's request to see what the
 * council holds about them. The request is an aggregate ({@code domain.SubjectAccessRequest}: started with the
 * statutory deadline, which may be extended within its first month, its redactions overridden or restored with a
 * note, released or closed); {@code api} is its contract (commands, events, ids, the query for the response and its
 * answer); {@code record} keeps each request and the list of open ones; {@code web} is the REST adapter, for
 * information-governance officers only. The response itself, everything held about the person with third parties
 * redacted, is assembled across features in {@code views.subjectaccess}.
 */
package uk.joinedup.caseservice.subjectaccess;
