package uk.joinedup.webui.caseservice;

import java.time.LocalDate;

/** What an officer's decisions on an erasure send: each carries the version of the erasure the officer saw. */
public final class ErasureDecision {

    private ErasureDecision() {}

    /** Approve the erasure. */
    public record Approval(long expectedVersion) {}

    /** Hold it until a review date. */
    public record Hold(long expectedVersion, HoldReason reason, String note, LocalDate reviewOn) {}

    /** What an erasure may be held for, as case-service names it. */
    public enum HoldReason {
        LEGAL_HOLD,
        ONGOING_PROCEEDINGS,
        OTHER
    }

    /** Release the hold, with a note of why. */
    public record Release(long expectedVersion, String note) {}
}
