/**
 * Commands, events and ids of payment-by-results claims: records, one per file, the persisted contract. A
 * claim stream is keyed by scheme, family and result ({@link uk.joinedup.caseservice.outcomes.claims.api.ClaimId}),
 * so the claims of one result are one aggregate and a result is never claimed twice. Events carry the ids of
 * the evidence facts and the amount, never what the facts say about anyone.
 *
 * <p>Also the claims page's queries ({@link uk.joinedup.caseservice.outcomes.claims.api.FindClaims}, {@link
 * uk.joinedup.caseservice.outcomes.claims.api.GetFamilyClaims}) and their answers: the query side composes the
 * family and person records and the sharing policy, so it is answered in {@code views.claims}.
 */
package uk.joinedup.caseservice.outcomes.claims.api;
