package uk.joinedup.caseservice.retention.erasure.record;

import java.time.Instant;
import java.time.LocalDate;
import uk.joinedup.caseservice.retention.erasure.api.HoldReason;

/**
 * An erasure as officers see it: whose (by id: no name), the schedule and day that ended retention, where it
 * stands, and the version a decision on it sends back.
 *
 * @param subjectKind {@code person}, {@code family} or {@code candidate}
 * @param scheduleId the schedule that decided the day retention ended
 * @param scheduleName its name, or its id if the schedule is no longer configured
 * @param hold the current hold; null unless held
 * @param lastRelease the last hold released; null if none was
 * @param approvedBy the approving officer, by name
 * @param keyDestroyedAt when the subject's key was destroyed; null until completed
 * @param withdrawnOn the day the retention review withdrew it, its subject no longer due; null unless withdrawn
 */
public record ErasureView(
        String erasureId,
        String subjectKind,
        String subjectId,
        String scheduleId,
        String scheduleName,
        LocalDate retentionEndedOn,
        LocalDate proposedOn,
        ErasureStatus status,
        HoldView hold,
        ReleaseView lastRelease,
        LocalDate approvedOn,
        String approvedBy,
        Instant keyDestroyedAt,
        LocalDate withdrawnOn,
        long version) {

    /**
     * The hold on an erasure.
     *
     * @param heldBy the officer, by name
     */
    public record HoldView(HoldReason reason, String note, LocalDate heldOn, LocalDate reviewOn, String heldBy) {}

    /**
     * A released hold.
     *
     * @param releasedBy the officer, by name
     */
    public record ReleaseView(String note, LocalDate releasedOn, String releasedBy) {}

    static ErasureView of(ErasureRecord erasure, String scheduleName) {
        ErasureRecord.Hold hold = erasure.hold();
        ErasureRecord.Release release = erasure.lastRelease();
        return new ErasureView(
                erasure.erasureId(),
                erasure.subjectKind(),
                erasure.subjectId(),
                erasure.schedule(),
                scheduleName,
                erasure.retentionEndedOn(),
                erasure.proposedOn(),
                erasure.status(),
                hold == null
                        ? null
                        : new HoldView(hold.reason(), hold.note(), hold.heldOn(), hold.reviewOn(), hold.by()),
                release == null ? null : new ReleaseView(release.note(), release.releasedOn(), release.by()),
                erasure.approvedOn(),
                erasure.approvedBy(),
                erasure.keyDestroyedAt(),
                erasure.withdrawnOn(),
                erasure.version());
    }
}
