/**
 * Sign-in links an administrator issues instead of sending email: an invitation (set a password, set up
 * an authenticator app, save ten recovery codes) or a password reset (set a password). A link is
 * {@code /invitation/{token}}: random, time-limited, used once, and stored only as the SHA-256 of its
 * token in {@code sign_in_links}; a new link for a user replaces the last ({@code user_sign_in_links}).
 */
package uk.joinedup.identity.invitation;
