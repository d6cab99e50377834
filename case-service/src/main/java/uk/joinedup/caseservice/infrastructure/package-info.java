/**
 * Technical wiring that no feature owns: Axon, the event store, the read-model document store, security
 * and the translation of errors into problem details. It depends only on the shared kernel; features use
 * its small facades ({@code axon.Commands} to send a command and read their own writes, {@code
 * mongo.DocumentCollection} to keep a read model) and nothing else of it. The MongoDB connection
 * (embedded or real) comes from the {@code embedded-mongo} module.
 */
package uk.joinedup.caseservice.infrastructure;
