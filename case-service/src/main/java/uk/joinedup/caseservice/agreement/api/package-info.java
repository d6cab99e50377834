/** Commands, events and ids of the sharing agreement aggregate: records, one per file, the persisted contract. */
package uk.joinedup.caseservice.agreement.api;
