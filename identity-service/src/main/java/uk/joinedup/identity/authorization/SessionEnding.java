package uk.joinedup.identity.authorization;

/**
 * What ends a sign-in session when web-ui signs its user out through {@code /connect/logout}: the
 * session package's sign-out, which revokes that session's authorizations and tells web-ui.
 */
public interface SessionEnding {

    /**
     * Ends one sign-in session of a user.
     *
     * @param username whose
     * @param sid the session's id, as the ID token names it
     * @param address where the request came from
     */
    void signedOut(String username, String sid, String address);
}
