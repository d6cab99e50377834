/**
 * An information-governance officer's subject access requests (UK GDPR Art. 15, ADR 32): the open requests soonest
 * due first with their statutory deadlines, starting a request, and a request's page with the response as it stands,
 * everything held about the person, each redacted item shown as redacted with its reason (never its content) and each
 * item an officer released with the officer's note, all in plain words; and the same response as a tagged PDF to send.
 * case-service refuses anyone but an information-governance officer (403).
 */
package uk.joinedup.webui.subjectaccess;
