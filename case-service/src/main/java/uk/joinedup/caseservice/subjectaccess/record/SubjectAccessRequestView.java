package uk.joinedup.caseservice.subjectaccess.record;

import java.time.LocalDate;
import java.util.Map;
import uk.joinedup.caseservice.subjectaccess.api.IdentityCheck;
import uk.joinedup.caseservice.subjectaccess.api.Requester;

/**
 * A subject access request as officers see it: who asked and how they were identified, its deadline, the
 * overrides, how it ended, and the version a decision on it sends back.
 *
 * @param requesterName who asked, unless the person did (then null)
 * @param startedBy the officer who started it, by name
 * @param overrides the redactions overridden, by item id
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
        String startedBy,
        RequestStatus status,
        Map<String, RedactionOverride> overrides,
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

    static SubjectAccessRequestView of(SubjectAccessRequestRecord request) {
        return new SubjectAccessRequestView(
                request.requestId(),
                request.personId(),
                request.requester(),
                request.requesterName(),
                request.identityCheck(),
                request.identityNote(),
                request.receivedOn(),
                request.dueBy(),
                request.startedBy(),
                request.status(),
                request.overrides(),
                request.endedBy(),
                request.endedOn(),
                request.closedReason(),
                request.version());
    }
}
