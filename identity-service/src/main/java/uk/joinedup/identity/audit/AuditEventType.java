package uk.joinedup.identity.audit;

/** What happened; each has its words in the message bundle ({@code audit.type.<name>}). */
public enum AuditEventType {
    SIGNED_IN,
    SIGN_IN_FAILED,
    SECOND_FACTOR_FAILED,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    RECOVERY_CODE_USED,
    SIGNED_OUT,
    SESSION_ENDED,
    SIGNED_OUT_EVERYWHERE,
    AUTHENTICATOR_ENROLLED,
    AUTHENTICATOR_RESET,
    PASSWORD_SET,
    INVITATION_ISSUED,
    PASSWORD_RESET_ISSUED,
    USER_CREATED,
    USER_DETAILS_CORRECTED,
    ROLES_ASSIGNED,
    USER_DEACTIVATED,
    USER_REACTIVATED,
    AGENCY_CREATED,
    AGENCY_DETAILS_CORRECTED,
    TEAM_CREATED,
    TEAM_RENAMED;

    /** Whether the event belongs in a user's list of recent sign-ins. */
    boolean aboutSigningIn() {
        return this == SIGNED_IN
                || this == SIGN_IN_FAILED
                || this == SECOND_FACTOR_FAILED
                || this == ACCOUNT_LOCKED
                || this == RECOVERY_CODE_USED;
    }
}
