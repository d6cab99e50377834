package uk.joinedup.webui.caseservice;

import java.time.LocalDate;
import java.util.Map;

/**
 * A subject access request as officers see it.
 *
 * @param requesterName who asked, unless the person did (then null)
 * @param overrides the redactions overridden, by item id
 * @param endedBy who released or closed it, by name; null while open
 * @param version what a decision on it sends back
 */
public record SubjectAccessRequestView(
        String requestId,
        String personId,
        SubjectAccessStart.Requester requester,
        String requesterName,
        SubjectAccessStart.IdentityCheck identityCheck,
        String identityNote,
        LocalDate receivedOn,
        LocalDate dueBy,
        String startedBy,
        Status status,
        Map<String, RedactionOverride> overrides,
        String endedBy,
        LocalDate endedOn,
        String closedReason,
        long version) {

    /** Where a request stands. */
    public enum Status {
        OPEN,
        RELEASED,
        CLOSED
    }

    /** An officer's decision to release a redacted item as it is. */
    public record RedactionOverride(String note, String by, LocalDate on) {}
}
