/**
 * The claims of each result as the claims page reads them: one document per result's claims, keyed by its
 * {@link uk.joinedup.caseservice.outcomes.claims.api.ClaimId} (so the page reads every result of the families
 * it shows by {@code _id $in}), with every claim made for it, oldest first, and the stream's version for the
 * client to send back; and beside them, each family's claimed results by id, for a caseload's outcome payments.
 * Built by a pure evolver; replays are harmless (an event at or below the stored
 * version has been applied). It records; who may see it is decided by whoever answers the page.
 */
package uk.joinedup.caseservice.outcomes.claims.record;
