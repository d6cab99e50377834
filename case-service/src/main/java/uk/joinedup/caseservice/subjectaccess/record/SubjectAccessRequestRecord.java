package uk.joinedup.caseservice.subjectaccess.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import uk.joinedup.caseservice.subjectaccess.api.IdentityCheck;
import uk.joinedup.caseservice.subjectaccess.api.Requester;
import uk.joinedup.caseservice.subjectaccess.record.SubjectAccessRequestView.RedactionOverride;
import uk.joinedup.caseservice.subjectaccess.record.SubjectAccessRequestView.RequestStatus;

/**
 * A subject access request as stored; officers see it as a {@link SubjectAccessRequestView}.
 *
 * @param requestId its id
 * @param personId whose information was asked for
 * @param requesterName who asked, unless the person did (then null)
 * @param receivedOn when it was received
 * @param dueBy the statutory deadline
 * @param startedBy the officer who started it, by name
 * @param status open, released or closed
 * @param overrides the redactions overridden, by item id
 * @param endedBy who released or closed it, by name; null while open
 * @param endedOn when; null while open
 * @param closedReason why it was closed without a response; null otherwise
 * @param version the sequence number of its last event: the version a decision on it sends back
 */
record SubjectAccessRequestRecord(
        @JsonProperty("_id") String requestId,
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

    public SubjectAccessRequestRecord {
        overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
    }

    SubjectAccessRequestRecord withOverride(String itemId, RedactionOverride override, long newVersion) {
        Map<String, RedactionOverride> all = new HashMap<>(overrides);
        all.put(itemId, override);
        return withOverrides(all, newVersion);
    }

    SubjectAccessRequestRecord withoutOverride(String itemId, long newVersion) {
        Map<String, RedactionOverride> all = new HashMap<>(overrides);
        all.remove(itemId);
        return withOverrides(all, newVersion);
    }

    private SubjectAccessRequestRecord withOverrides(Map<String, RedactionOverride> all, long newVersion) {
        return new SubjectAccessRequestRecord(
                requestId,
                personId,
                requester,
                requesterName,
                identityCheck,
                identityNote,
                receivedOn,
                dueBy,
                startedBy,
                status,
                all,
                endedBy,
                endedOn,
                closedReason,
                newVersion);
    }

    SubjectAccessRequestRecord ended(RequestStatus how, String by, LocalDate on, String reason, long newVersion) {
        return new SubjectAccessRequestRecord(
                requestId,
                personId,
                requester,
                requesterName,
                identityCheck,
                identityNote,
                receivedOn,
                dueBy,
                startedBy,
                how,
                overrides,
                by,
                on,
                reason,
                newVersion);
    }
}
