/**
 * The directory: agencies, their teams and the users who work for them, with their roles and password
 * hashes, stored in this service's own database ({@code agencies}, {@code teams}, {@code users}, keyed
 * by id); and the signed-in user as the security context holds them ({@code DirectoryUser}).
 */
package uk.joinedup.identity.directory;
