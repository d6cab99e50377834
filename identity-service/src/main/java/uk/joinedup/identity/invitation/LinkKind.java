package uk.joinedup.identity.invitation;

/** What a sign-in link lets its holder do. */
public enum LinkKind {
    /** Set a password and set up an authenticator app: a new user, or one whose authenticator was reset. */
    INVITATION,
    /** Set a new password; the authenticator app stays. */
    PASSWORD_RESET
}
