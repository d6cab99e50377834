/** The emergency overrides of each person's record, and the queue of overrides awaiting review. */
package uk.joinedup.caseservice.emergency.record;
