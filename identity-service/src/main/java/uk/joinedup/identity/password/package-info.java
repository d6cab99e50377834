/**
 * Passwords: the rules a new password must meet (NCSC and NIST SP 800-63B: at least 12 characters,
 * up to 256, no composition rules, not a known common or breached password, not the username) and
 * Argon2id hashing.
 */
package uk.joinedup.identity.password;
