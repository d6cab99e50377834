/**
 * The second factor: TOTP (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps, one step of clock drift
 * either way) through {@code dev.samstevens.totp}, one authenticator per user in the {@code
 * authenticators} collection with the last time step used (a code is accepted once, and no code of an
 * earlier step after it), ten recovery codes each used once and stored as SHA-256 hashes (they are random,
 * about 82 bits each), and the enrolment QR code drawn by ZXing as a PNG.
 */
package uk.joinedup.identity.mfa;
