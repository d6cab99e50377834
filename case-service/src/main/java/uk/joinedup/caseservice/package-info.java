/**
 * case-service: the event-sourced core of JoinedUp. Features (person, chronology, …) are packages
 * of their own; {@code infrastructure} wires Axon, MongoDB and security.
 */
package uk.joinedup.caseservice;
