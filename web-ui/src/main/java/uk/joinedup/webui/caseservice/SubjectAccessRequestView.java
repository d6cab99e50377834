package uk.joinedup.webui.caseservice;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A subject access request as officers see it.
 *
 * @param requesterName who asked, unless the person did (then null)
 * @param dueBy the deadline now, extended or not
 * @param originalDueBy the statutory deadline, one calendar month after it was received: the last day it can be
 *     extended on
 * @param overrides the redactions overridden, by item id
 * @param extensions the extensions of its deadline, the first first; empty when not extended
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
        LocalDate originalDueBy,
        String startedBy,
        Status status,
        Map<String, RedactionOverride> overrides,
        List<Extension> extensions,
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

    /**
     * An extension of the deadline (UK GDPR Art. 12(3)).
     *
     * @param months the further months
     * @param note the reasons, as the person is told them
     * @param dueBy the deadline it set
     */
    public record Extension(
            int months, ExtensionReason reason, String note, String decidedBy, LocalDate decidedOn, LocalDate dueBy) {}

    /** Why a deadline was extended: the request is complex, or one of a number from the person. */
    public enum ExtensionReason {
        COMPLEX,
        NUMEROUS_REQUESTS
    }

    /** The further months the deadline has been extended by, all extensions together (at most 2). */
    public int extendedMonths() {
        return extensions == null
                ? 0
                : extensions.stream().mapToInt(Extension::months).sum();
    }

    /** The latest extension, or null when the deadline was not extended. */
    public Extension lastExtension() {
        return extensions == null || extensions.isEmpty() ? null : extensions.get(extensions.size() - 1);
    }
}
