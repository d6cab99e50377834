/**
 * Emergency overrides ("break glass"): a practitioner opens a person's withheld record for a limited
 * time, for a reason chosen from a list and explained; the override is shown on the record while active
 * and reviewed by the owning agencies and the information-governance officer. {@code api} is the
 * persisted contract, {@code domain} the aggregate and its rules, {@code web} the review and its queue,
 * {@code record} the overrides of each person's record and the queue awaiting review. Breaking glass
 * itself, which needs what the case file withholds from the practitioner, is in {@code views}.
 */
package uk.joinedup.caseservice.emergency;
