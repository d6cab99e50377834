package uk.joinedup.identity.invitation;

import java.io.Serializable;
import java.util.List;

/**
 * How far a user has come through their invitation, kept in their HTTP session once the link is used:
 * the password is set; then an authenticator secret is offered; then the recovery codes are shown once.
 *
 * @param username whose invitation
 * @param secret the authenticator secret offered, until it is confirmed with a code; null before
 * @param recoveryCodes the codes to show once, after enrolment; empty before
 */
record InvitationProgress(String username, String secret, List<String> recoveryCodes) implements Serializable {

    static final String ATTRIBUTE = InvitationProgress.class.getName();

    InvitationProgress withSecret(String newSecret) {
        return new InvitationProgress(username, newSecret, recoveryCodes);
    }

    InvitationProgress enrolled(List<String> codes) {
        return new InvitationProgress(username, null, List.copyOf(codes));
    }
}
