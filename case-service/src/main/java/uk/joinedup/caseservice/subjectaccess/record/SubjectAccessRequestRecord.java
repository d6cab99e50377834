package uk.joinedup.caseservice.subjectaccess.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.joinedup.caseservice.subjectaccess.api.DeadlineExtension;
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
 * @param dueBy the deadline now, extended or not
 * @param originalDueBy the statutory deadline before any extension: one calendar month after it was received
 * @param startedBy the officer who started it, by name
 * @param status open, released or closed
 * @param overrides the redactions overridden, by item id
 * @param extensions the extensions of its deadline, the first first
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
        LocalDate originalDueBy,
        String startedBy,
        RequestStatus status,
        Map<String, RedactionOverride> overrides,
        List<DeadlineExtension> extensions,
        String endedBy,
        LocalDate endedOn,
        String closedReason,
        long version) {

    public SubjectAccessRequestRecord {
        overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
    }

    SubjectAccessRequestRecord withExtension(DeadlineExtension extension, long newVersion) {
        List<DeadlineExtension> all = new ArrayList<>(extensions);
        all.add(extension);
        return changed(extension.dueBy(), overrides, all, newVersion);
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
        return changed(dueBy, all, extensions, newVersion);
    }

    /** The same open request with its deadline, overrides and extensions as they now stand. */
    private SubjectAccessRequestRecord changed(
            LocalDate newDueBy,
            Map<String, RedactionOverride> newOverrides,
            List<DeadlineExtension> newExtensions,
            long newVersion) {
        return new SubjectAccessRequestRecord(
                requestId,
                personId,
                requester,
                requesterName,
                identityCheck,
                identityNote,
                receivedOn,
                newDueBy,
                originalDueBy,
                startedBy,
                status,
                newOverrides,
                newExtensions,
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
                originalDueBy,
                startedBy,
                how,
                overrides,
                extensions,
                by,
                on,
                reason,
                newVersion);
    }
}
