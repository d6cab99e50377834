/**
 * The event store and token store. Everything about how events are stored lives behind {@link
 * uk.joinedup.caseservice.infrastructure.eventstore.EventStoreConfiguration}.
 */
package uk.joinedup.caseservice.infrastructure.eventstore;
