/**
 * Technical wiring that no feature owns: read-model documents on MongoDB, Axon, the event store,
 * security and the translation of errors into problem details. Features depend on none of it. The
 * MongoDB connection (embedded or real) comes from the {@code embedded-mongo} module.
 */
package uk.joinedup.caseservice.infrastructure;
