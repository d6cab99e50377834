/**
 * The MongoDB connection. Without {@code MONGODB_URI} an in-process mongo-java-server with an H2 file
 * backend is started on 127.0.0.1 and used through the same driver; {@link
 * uk.joinedup.caseservice.infrastructure.mongo.Durability} makes acknowledged writes survive a crash.
 */
package uk.joinedup.caseservice.infrastructure.mongo;
