package uk.joinedup.caseservice.retention.erasure.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import uk.joinedup.caseservice.retention.erasure.api.HoldReason;

/**
 * An erasure as stored; officers see it as an {@link ErasureView}. Each change returns a new record with the
 * event's sequence number as its version.
 *
 * @param subjectKind {@code person}, {@code family} or {@code candidate}
 * @param schedule the id of the schedule that decided the day retention ended
 * @param hold the current hold; null unless held
 * @param lastRelease the last hold released; null if none was
 * @param approvedBy the approving officer, by name
 * @param withdrawnOn the day the review withdrew it, its subject no longer due; null unless withdrawn
 * @param version the sequence number of its last event: the version a decision on it sends back
 */
record ErasureRecord(
        @JsonProperty("_id") String erasureId,
        String subjectKind,
        String subjectId,
        String schedule,
        LocalDate retentionEndedOn,
        LocalDate proposedOn,
        ErasureStatus status,
        Hold hold,
        Release lastRelease,
        LocalDate approvedOn,
        String approvedBy,
        Instant keyDestroyedAt,
        LocalDate withdrawnOn,
        long version) {

    /** A hold as officers see it; {@code by} is the officer's name. */
    record Hold(HoldReason reason, String note, LocalDate heldOn, LocalDate reviewOn, String by) {}

    /** A released hold: why, when, by whom (by name). */
    record Release(String note, LocalDate releasedOn, String by) {}

    static ErasureRecord proposed(
            String erasureId,
            String subjectKind,
            String subjectId,
            String schedule,
            LocalDate retentionEndedOn,
            LocalDate proposedOn,
            long version) {
        return new ErasureRecord(
                erasureId,
                subjectKind,
                subjectId,
                schedule,
                retentionEndedOn,
                proposedOn,
                ErasureStatus.PROPOSED,
                null,
                null,
                null,
                null,
                null,
                null,
                version);
    }

    ErasureRecord held(Hold newHold, long newVersion) {
        return decided(
                ErasureStatus.HELD, newHold, lastRelease, approvedOn, approvedBy, keyDestroyedAt, null, newVersion);
    }

    ErasureRecord released(Release release, long newVersion) {
        return decided(ErasureStatus.PROPOSED, null, release, approvedOn, approvedBy, keyDestroyedAt, null, newVersion);
    }

    ErasureRecord approved(LocalDate on, String by, long newVersion) {
        return decided(ErasureStatus.APPROVED, null, lastRelease, on, by, keyDestroyedAt, null, newVersion);
    }

    ErasureRecord completed(Instant destroyedAt, long newVersion) {
        return decided(
                ErasureStatus.COMPLETED, hold, lastRelease, approvedOn, approvedBy, destroyedAt, null, newVersion);
    }

    ErasureRecord withdrawn(LocalDate on, long newVersion) {
        return decided(
                ErasureStatus.WITHDRAWN, null, lastRelease, approvedOn, approvedBy, keyDestroyedAt, on, newVersion);
    }

    /** The same proposal, as an officer's decision, the review or the erasure itself left it. */
    private ErasureRecord decided(
            ErasureStatus newStatus,
            Hold newHold,
            Release newRelease,
            LocalDate newApprovedOn,
            String newApprovedBy,
            Instant newKeyDestroyedAt,
            LocalDate newWithdrawnOn,
            long newVersion) {
        return new ErasureRecord(
                erasureId,
                subjectKind,
                subjectId,
                schedule,
                retentionEndedOn,
                proposedOn,
                newStatus,
                newHold,
                newRelease,
                newApprovedOn,
                newApprovedBy,
                newKeyDestroyedAt,
                newWithdrawnOn,
                newVersion);
    }
}
