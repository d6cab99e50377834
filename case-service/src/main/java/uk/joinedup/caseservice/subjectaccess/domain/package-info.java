/**
 * The subject access request aggregate, one event stream per request, and the named rules it enforces: only
 * information-governance officers handle requests; someone asking for another person is named; a request is
 * not received in the future and is due one calendar month after it was received ({@code
 * StatutoryDeadline}); its deadline is extended only within that first month, by one or two further months and
 * at most three months after it was received in all, for a reason (complex, or one of a number) with a note; an
 * override has a note, and only an override is restored; nothing changes once the request is released or closed;
 * a decision on a stale version of the request is a conflict.
 */
package uk.joinedup.caseservice.subjectaccess.domain;
