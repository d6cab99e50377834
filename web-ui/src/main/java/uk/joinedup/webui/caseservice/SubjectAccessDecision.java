package uk.joinedup.webui.caseservice;

/**
 * What an officer's decisions on a subject access request send: each carries the version of the request the officer
 * saw, and a stale one is a {@link CaseServiceProblem.Conflict}.
 */
public final class SubjectAccessDecision {

    private SubjectAccessDecision() {}

    /** Release a redacted item as it is, with a note of why. */
    public record Override(long expectedVersion, String itemId, String note) {}

    /** Take back an override: the item is redacted again. */
    public record Restore(long expectedVersion, String itemId) {}

    /** Release the response, as reviewed. */
    public record Release(long expectedVersion) {}

    /** Extend the deadline by one or two further months, for a reason, with the reasons the person is told. */
    public record Extension(
            long expectedVersion, int months, SubjectAccessRequestView.ExtensionReason reason, String note) {}

    /** Close the request without a response, for a reason. */
    public record Closure(long expectedVersion, String reason) {}
}
