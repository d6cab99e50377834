/**
 * Consent to share: a person (or a parent, guardian, attorney or advocate for them) agrees that named
 * agencies may see named categories of what other agencies hold about them, for a purpose, between two
 * dates; it can be withdrawn and it expires. Each change is an event. {@code record} answers, per person,
 * the consents the sharing policy reads at query time.
 */
package uk.joinedup.caseservice.consent;
