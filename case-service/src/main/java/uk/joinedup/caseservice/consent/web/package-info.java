/**
 * REST adapter for recording and withdrawing consents: request records become commands, the acting user
 * and their agency come from the token. A person's consents are read through {@code views}, which knows
 * how the viewer works with the person.
 */
package uk.joinedup.caseservice.consent.web;
