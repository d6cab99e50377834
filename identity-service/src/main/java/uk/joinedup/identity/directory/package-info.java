/**
 * The directory: agencies and the users who work for them, with their roles and password hashes,
 * stored in this service's own database ({@code agencies}, {@code users}, keyed by id).
 */
package uk.joinedup.identity.directory;
