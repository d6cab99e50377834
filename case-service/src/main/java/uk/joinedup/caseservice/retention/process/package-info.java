/**
 * Carrying out an approved erasure (issue 16, ADR 31 section 5). {@link
 * uk.joinedup.caseservice.retention.process.ErasuresToCarryOut} lists the erasures approved and not yet complete;
 * {@link uk.joinedup.caseservice.retention.process.ErasureRunner} takes each in turn, every step idempotent so
 * that a run cut short is simply run again: the record's erasure event (on which every read model and store
 * purges the subject), the wait until the read models have passed it, the subject's key destroyed (from then
 * on its events read as erased everywhere, backups included), its snapshot dropped, every instance told to
 * forget its cached key and aggregate, and the erasure recorded complete. No erasure starts before the events
 * written before sealing are all sealed ({@link uk.joinedup.caseservice.infrastructure.eventstore.SealExistingEvents}).
 */
package uk.joinedup.caseservice.retention.process;
