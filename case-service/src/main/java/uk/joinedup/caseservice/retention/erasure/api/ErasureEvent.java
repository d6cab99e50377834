package uk.joinedup.caseservice.retention.erasure.api;

import uk.joinedup.caseservice.personaldata.ErasureId;

/**
 * Everything that can happen to an erasure, in the past tense. Never sealed under a subject's key: the record
 * of an erasure outlives the data it erased.
 */
public sealed interface ErasureEvent
        permits ErasureProposed, ErasureApproved, ErasureHeld, ErasureHoldReleased, ErasureCompleted, ErasureWithdrawn {

    ErasureId erasureId();
}
