/**
 * Emergency overrides ("break glass"): a practitioner opens a person's withheld record for a limited
 * time, for a reason chosen from a list and explained; the override is shown on the record while active
 * and reviewed by the owning agencies and the information-governance officer.
 */
package uk.joinedup.caseservice.emergency;
