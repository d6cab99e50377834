/**
 * Commands, events and ids of the person aggregate: records, one per file, the persisted contract; and
 * {@link uk.joinedup.caseservice.person.api.IsPersonRegistered}, the one query other features may send
 * about a person.
 */
package uk.joinedup.caseservice.person.api;
