/**
 * The latest decision on each candidate for early help, one document per candidate id, read with the list by
 * {@code _id $in}: what was decided, why, by whom and on what day; and, by person id, the households decided on
 * that name each person as a member, for their erasure, which destroys those candidates' keys with the person's
 * ({@link uk.joinedup.caseservice.identification.record.CandidatesErasedAlongside}).
 */
package uk.joinedup.caseservice.identification.record;
