/**
 * A person known to one or more agencies: their identity and every fact agencies record about them.
 * {@code api} is the persisted contract (commands, events, ids), {@code domain} the aggregate, {@code
 * web} the REST adapter; its read models are {@code record} (one document per person) and {@code index}
 * (finding people and possible duplicates).
 */
package uk.joinedup.caseservice.person;
