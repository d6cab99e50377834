package uk.joinedup.webui.caseservice;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An erasure as case-service shows it to officers: whose (by kind and id, never a name), the schedule and day that
 * ended retention, where it stands, and the version a decision on it sends back.
 *
 * @param subjectKind {@code person}, {@code family} or {@code candidate}
 * @param status {@code PROPOSED}, {@code HELD}, {@code APPROVED}, {@code COMPLETED} or {@code WITHDRAWN}
 * @param hold the current hold; null unless held
 * @param lastRelease the last hold released; null if none was
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
        String status,
        Hold hold,
        Release lastRelease,
        LocalDate approvedOn,
        String approvedBy,
        Instant keyDestroyedAt,
        LocalDate withdrawnOn,
        long version) {

    /** The hold on an erasure; {@code heldBy} is the officer's name. */
    public record Hold(String reason, String note, LocalDate heldOn, LocalDate reviewOn, String heldBy) {}

    /** A released hold; {@code releasedBy} is the officer's name. */
    public record Release(String note, LocalDate releasedOn, String releasedBy) {}

    public boolean proposed() {
        return "PROPOSED".equals(status);
    }

    public boolean held() {
        return "HELD".equals(status);
    }
}
