/**
 * Sign-in sessions: each full sign-in (password and code) is a session with an id ({@code sid}, the
 * hash of the HTTP session's id, as ID tokens name it), recorded per user in {@code user_sessions};
 * the HTTP session times out after the idle timeout and ends at the absolute timeout. Ending one (the
 * user, on {@code /account/sessions}; web-ui, through {@code /connect/logout} with the ID token in the
 * body), signing out everywhere or being deactivated ends the HTTP sessions here, revokes the
 * authorizations (refresh tokens) and signs web-ui out over the back channel; every request of a
 * signed-in browser checks that its session is still open, whichever instance ended it.
 */
package uk.joinedup.identity.session;
