/** Commands, events and ids of the consent aggregate: records, one per file, the persisted contract. */
package uk.joinedup.caseservice.consent.api;
