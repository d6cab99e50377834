package uk.joinedup.caseservice.retention.erasure.record;

/** Where an erasure stands, as officers list it. */
public enum ErasureStatus {
    /** Retention has ended; waiting for an officer to approve or hold it. */
    PROPOSED,
    /** Held until a review date; nothing is erased. */
    HELD,
    /** Approved; the erasure process is carrying it out. */
    APPROVED,
    /** Carried out: the subject's key is destroyed. */
    COMPLETED,
    /** Withdrawn by the retention review: the subject is no longer due (e.g. a case reopened). */
    WITHDRAWN
}
