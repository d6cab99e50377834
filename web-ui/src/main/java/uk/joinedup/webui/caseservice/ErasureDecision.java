package uk.joinedup.webui.caseservice;

import java.time.LocalDate;

/** What an officer's decisions on an erasure send: each carries the version of the erasure the officer saw. */
public final class ErasureDecision {

    private ErasureDecision() {}

    /** Approve the erasure. */
    public record Approval(long expectedVersion) {}

    /**
     * Hold it until a review date.
     *
     * @param reason {@code LEGAL_HOLD}, {@code ONGOING_PROCEEDINGS} or {@code OTHER}
     */
    public record Hold(long expectedVersion, String reason, String note, LocalDate reviewOn) {}

    /** Release the hold, with a note of why. */
    public record Release(long expectedVersion, String note) {}
}
