/**
 * The event store and the token store, on the MongoDB driver. {@link
 * uk.joinedup.caseservice.infrastructure.eventstore.CommitLogEventStorageEngine} keeps one document
 * per commit keyed by a dense global position, so every hot read is an {@code _id} point or {@code
 * $in} lookup; {@link uk.joinedup.caseservice.infrastructure.eventstore.CommitLogEventStore} gives each
 * tracking processor a stream of whole commits; {@link
 * uk.joinedup.caseservice.infrastructure.eventstore.EventStoreConfiguration} wires them, the token
 * store, the aggregate cache and the snapshot trigger into Axon. Events holding personal data are sealed
 * under their subject's key ({@code Sealing}, ADR 31); {@link
 * uk.joinedup.caseservice.infrastructure.eventstore.SealExistingEvents} seals, once, those written in
 * plaintext before sealing existed, recording its progress in {@code event_migrations}.
 */
package uk.joinedup.caseservice.infrastructure.eventstore;
