/**
 * Consent to share: a person (or a parent, guardian, attorney or advocate for them) agrees that named
 * agencies may see named categories of what other agencies hold about them, for a purpose, between two
 * dates; it can be withdrawn and it expires. Each consent is its own aggregate (ADR 10). {@code api} is
 * the persisted contract, {@code domain} the aggregate and its rules, {@code web} the REST adapter for
 * recording and withdrawing; {@code record} answers, per person, the consents the sharing policy reads
 * at query time and those expiring soon. A person's consents page is answered in {@code views}, which
 * knows how the viewer works with the person.
 */
package uk.joinedup.caseservice.consent;
