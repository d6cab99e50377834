/**
 * The MongoDB connection (a copy of case-service's: each service owns its data and its wiring).
 * Without {@code MONGODB_URI} an in-process mongo-java-server with an H2 file backend is started on
 * 127.0.0.1 and used through the same driver.
 */
package uk.joinedup.identity.infrastructure.mongo;
