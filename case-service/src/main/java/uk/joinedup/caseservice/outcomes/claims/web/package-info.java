/**
 * The REST adapter of payment-by-results claims (team managers): the claims list (filters by scheme and
 * status, also as CSV), one family's evaluation with its evidence, and drafting, submitting and recording
 * the answer to a claim. Before sending a command it asks for the family's claims as the actor may see them:
 * a family outside their scope, an unknown scheme or result is 404; the evaluation of today gives the claim
 * its evidence and amount, and being in scope is what the command passes as {@code caseManager} (ADR 13).
 * The actor comes from the token, never from the body.
 */
package uk.joinedup.caseservice.outcomes.claims.web;
