/**
 * The consents on each person's record, as the sharing policy, the consent pages and caseloads read
 * them: one document per person, keyed by person id, each consent an entry changed by a pure evolver.
 * Status (active, not yet in force, expired, withdrawn) is worked out from the dates at query time; who
 * may see a consent is decided by the query handlers in {@code views}.
 */
package uk.joinedup.caseservice.consent.record;
