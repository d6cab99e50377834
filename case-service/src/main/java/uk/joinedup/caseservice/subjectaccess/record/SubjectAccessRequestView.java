package uk.joinedup.caseservice.subjectaccess.record;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import uk.joinedup.caseservice.subjectaccess.api.DeadlineExtension;
import uk.joinedup.caseservice.subjectaccess.api.IdentityCheck;
import uk.joinedup.caseservice.subjectaccess.api.Requester;

/**
 * A subject access request as officers see it: who asked and how they were identified, its deadline and how it was
 * extended, the overrides, how it ended, and the version a decision on it sends back.
 *
 * @param requesterName who asked, unless the person did (then null)
 * @param dueBy the deadline now, extended or not
 * @param originalDueBy the statutory deadline before any extension: one calendar month after it was received, the
 *     last day an extension can be decided on
 * @param daysLeft the days from today to {@code dueBy}, negative once it has passed; null once released or closed
 * @param startedBy the officer who started it, by name
 * @param overrides the redactions overridden, by item id
 * @param extensions the extensions of its deadline, the first first; empty when it was not extended
 * @param endedBy who released or closed it, by name; null while open
 * @param closedReason why it was closed without a response; null otherwise
 */
public record SubjectAccessRequestView(
        String requestId,
        String personId,
        Requester requester,
        String requesterName,
        IdentityCheck identityCheck,
        String identityNote,
        LocalDate receivedOn,
        LocalDate dueBy,
        LocalDate originalDueBy,
        Long daysLeft,
        String startedBy,
        RequestStatus status,
        Map<String, RedactionOverride> overrides,
        List<DeadlineExtension> extensions,
        String endedBy,
        LocalDate endedOn,
        String closedReason,
        long version) {

    /** Where a request stands. */
    public enum RequestStatus {
        OPEN,
        RELEASED,
        CLOSED
    }

    /**
     * An officer's decision to release a redacted item as it is.
     *
     * @param by the officer, by name
     */
    public record RedactionOverride(String note, String by, LocalDate on) {}

    /** The request as it stands on the day. */
    static SubjectAccessRequestView of(SubjectAccessRequestRecord request, LocalDate today) {
        return new SubjectAccessRequestView(
                request.requestId(),
                request.personId(),
                request.requester(),
                request.requesterName(),
                request.identityCheck(),
                request.identityNote(),
                request.receivedOn(),
                request.dueBy(),
                request.originalDueBy(),
                request.status() == RequestStatus.OPEN ? ChronoUnit.DAYS.between(today, request.dueBy()) : null,
                request.startedBy(),
                request.status(),
                request.overrides(),
                request.extensions(),
                request.endedBy(),
                request.endedOn(),
                request.closedReason(),
                request.version());
    }
}
