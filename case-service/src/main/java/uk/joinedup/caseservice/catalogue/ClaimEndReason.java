package uk.joinedup.caseservice.catalogue;

/** Why a benefit claim ended. */
public enum ClaimEndReason {
    FOUND_WORK,
    MOVED_TO_ANOTHER_BENEFIT,
    NO_LONGER_ENTITLED,
    SANCTIONED,
    OTHER
}
