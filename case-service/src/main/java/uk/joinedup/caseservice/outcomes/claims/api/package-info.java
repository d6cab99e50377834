/**
 * Commands, events and ids of payment-by-results claims: records, one per file, the persisted contract. A
 * claim stream is keyed by scheme, family and result ({@link uk.joinedup.caseservice.outcomes.claims.api.ClaimId}),
 * so the claims of one result are one aggregate and a result is never claimed twice. Events carry the ids of
 * the evidence facts and the amount, never what the facts say about anyone.
 */
package uk.joinedup.caseservice.outcomes.claims.api;
