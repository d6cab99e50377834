/** Commands, events and ids of the person aggregate: records, one per file, the persisted contract. */
package uk.joinedup.caseservice.person.api;
