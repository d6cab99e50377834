package uk.joinedup.identity.password;

/** Why a new password was refused; each has its message ({@code password.refused.<name>}). */
public enum PasswordRefusal {
    TOO_SHORT,
    TOO_LONG,
    COMMON,
    CONTAINS_USERNAME,
    MISMATCH
}
