/**
 * A family's record as a read model: household, referrals, case status, team, lead professional,
 * assessments, plan, reviews and the family-level chronology. One document per family, built by a pure
 * evolver that the "as at" view reuses over the event stream. What a viewer may see is decided at
 * query time.
 */
package uk.joinedup.caseservice.family.record;
