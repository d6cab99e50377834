/**
 * Sign-in sessions: each full sign-in (password and code) is a session with an id ({@code sid}, the
 * hash of the HTTP session's id, as ID tokens name it), recorded per user in {@code user_sessions};
 * the HTTP session times out after the idle timeout and ends at the absolute timeout. A user sees and
 * ends their own sessions ({@code /account/sessions}); ending one, signing out everywhere or being
 * deactivated ends the HTTP sessions here, revokes the authorizations (refresh tokens) and signs web-ui
 * out over the back channel. web-ui ends its user's session through {@code /api/sessions/**}, so that
 * no token travels in an address.
 */
package uk.joinedup.identity.session;
