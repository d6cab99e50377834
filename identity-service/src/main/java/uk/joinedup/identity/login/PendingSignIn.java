package uk.joinedup.identity.login;

import java.io.Serializable;
import java.time.Instant;

/**
 * A user whose password was right and who has yet to give a code; kept in the HTTP session, never an
 * authentication.
 *
 * @param username who
 * @param passwordCheckedAt when; the code must follow within {@code pendingLifetime}
 */
record PendingSignIn(String username, Instant passwordCheckedAt) implements Serializable {

    static final String ATTRIBUTE = PendingSignIn.class.getName();
}
