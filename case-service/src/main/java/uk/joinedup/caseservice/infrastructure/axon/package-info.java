/**
 * Axon wiring: Jackson serialisation, pooled streaming processors, the acting user copied into
 * message metadata, and {@link uk.joinedup.caseservice.infrastructure.axon.Commands}, which sends a
 * command and waits until the read models have seen its events.
 */
package uk.joinedup.caseservice.infrastructure.axon;
