package uk.joinedup.caseservice.consent.record;

/** Where a consent stands on a given day. */
public enum ConsentStatus {
    /** It covers this day. */
    ACTIVE,
    /** Its first day is still to come. */
    NOT_YET_IN_FORCE,
    /** Its last day has passed. */
    EXPIRED,
    /** It was withdrawn. */
    WITHDRAWN
}
