/**
 * How the REST API reads requests and answers when one cannot be carried out: request bodies read strictly
 * (unknown fields, wrong types and absurd dates refused), bounded in size (413) and in every text and list
 * ({@link uk.joinedup.caseservice.infrastructure.web.InputLimits}), refusals as RFC 9457 problem details, and
 * the per-user limit on identity searches that such an answer (429) enforces. Retried creates and records
 * carry an {@code Idempotency-Key} ({@link uk.joinedup.caseservice.infrastructure.web.IdempotentRequests}):
 * the first request with a key is carried out and its answer kept for 24 hours, per user, in MongoDB keyed by
 * {@code _id}; a repeat is answered the same without doing anything.
 */
package uk.joinedup.caseservice.infrastructure.web;
