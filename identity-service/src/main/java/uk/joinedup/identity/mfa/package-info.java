/**
 * The second factor: TOTP (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps, one step of clock drift
 * either way) through {@code dev.samstevens.totp}, one authenticator per user in the {@code
 * authenticators} collection with the last time step used (a code is accepted once), ten recovery codes
 * stored as Argon2id hashes, and the enrolment QR code drawn by ZXing as a PNG.
 */
package uk.joinedup.identity.mfa;
