package uk.joinedup.caseservice.retention.erasure.domain;

/** Where an erasure stands: what it may do next. */
enum ErasureState {
    PROPOSED,
    HELD,
    APPROVED,
    COMPLETED,
    WITHDRAWN
}
