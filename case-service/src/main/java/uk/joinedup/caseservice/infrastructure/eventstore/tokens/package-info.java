/**
 * Tracking tokens of streaming event processors on MongoDB: one document per processor segment,
 * claimed and updated by conditional writes to that document, so several instances can share the work.
 */
package uk.joinedup.caseservice.infrastructure.eventstore.tokens;
