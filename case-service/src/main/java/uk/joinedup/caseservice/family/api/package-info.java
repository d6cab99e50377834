/** Commands, events, ids and values of the family aggregate: the persisted contract. */
package uk.joinedup.caseservice.family.api;
