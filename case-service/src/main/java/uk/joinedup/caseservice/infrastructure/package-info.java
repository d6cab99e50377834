/**
 * Technical wiring that no feature owns: MongoDB (embedded or real), Axon, the event store, security
 * and the translation of errors into problem details. Features depend on none of it.
 */
package uk.joinedup.caseservice.infrastructure;
