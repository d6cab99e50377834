/**
 * Read-model records as MongoDB documents: {@link
 * uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments} converts them with the application's
 * Jackson mapper and {@link uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection} stores and
 * fetches them by {@code _id}. The connection itself (embedded server, durability, health) comes from
 * the {@code embedded-mongo} module.
 */
package uk.joinedup.caseservice.infrastructure.mongo;
