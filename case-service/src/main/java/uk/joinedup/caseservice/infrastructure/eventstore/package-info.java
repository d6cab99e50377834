/**
 * The event store and the token store, on the MongoDB driver. {@link
 * uk.joinedup.caseservice.infrastructure.eventstore.CommitLogEventStorageEngine} keeps one document
 * per commit keyed by a dense global position, so every hot read is an {@code _id} point or {@code
 * $in} lookup; {@link uk.joinedup.caseservice.infrastructure.eventstore.EventStoreConfiguration} wires
 * it, the token store and the aggregate snapshot trigger into Axon.
 */
package uk.joinedup.caseservice.infrastructure.eventstore;
