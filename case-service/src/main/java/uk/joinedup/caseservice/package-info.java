/**
 * case-service: the event-sourced core of JoinedUp. Features (person, chronology, …) are packages
 * of their own; {@code infrastructure} wires Axon, the event store, read-model documents and
 * security. The MongoDB connection comes from the {@code embedded-mongo} module.
 */
package uk.joinedup.caseservice;
