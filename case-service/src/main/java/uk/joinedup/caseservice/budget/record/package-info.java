/**
 * The family budget as stored for reading: one document per budget with its allocations, commitments, spend and
 * cancellations, each with when it was recorded (for the family page "as at" a date), kept by a projection and
 * not yet filtered for any viewer.
 */
package uk.joinedup.caseservice.budget.record;
