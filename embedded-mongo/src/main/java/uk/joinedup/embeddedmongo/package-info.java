/**
 * A service's MongoDB, as a Spring Boot auto-configuration bound to {@code joinedup.mongo.*}: without a
 * URI, an in-process mongo-java-server with an H2 backend (a file, or memory in tests) on 127.0.0.1,
 * used through the same driver as a real deployment. Exposes the {@code MongoClient}, the service's
 * {@code MongoDatabase}, {@link uk.joinedup.embeddedmongo.Durability} (commit so acknowledged writes
 * survive a crash: H2's background writer is off, a commit writes the file and forces it to the disk,
 * and concurrent commits share one flush; also committed on a schedule and at shutdown; the flush also
 * compacts the file, {@link uk.joinedup.embeddedmongo.FileCompaction}) and the "mongo" health indicator.
 * Infrastructure only: no domain types, nothing about events or read models.
 */
package uk.joinedup.embeddedmongo;
