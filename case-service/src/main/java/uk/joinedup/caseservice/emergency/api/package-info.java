/** Commands, events and ids of the emergency override aggregate: records, one per file, the persisted contract. */
package uk.joinedup.caseservice.emergency.api;
