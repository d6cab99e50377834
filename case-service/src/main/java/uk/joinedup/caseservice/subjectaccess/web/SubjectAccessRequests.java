package uk.joinedup.caseservice.subjectaccess.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.joinedup.caseservice.infrastructure.web.InputLimits;
import uk.joinedup.caseservice.subjectaccess.api.ExtensionReason;
import uk.joinedup.caseservice.subjectaccess.api.IdentityCheck;
import uk.joinedup.caseservice.subjectaccess.api.Requester;

/** What officers send to start and decide on subject access requests. */
final class SubjectAccessRequests {

    static final String SEEN_VERSION = "Send the version of the request you saw (version, from GET"
            + " /api/subject-access-requests/{requestId} or its response)";

    private SubjectAccessRequests() {}

    /**
     * A request as received.
     *
     * @param requesterName who asked, unless the person asked themselves
     * @param identityNote what the officer noted of the identity check, optional
     * @param receivedOn the day it was received: the statutory month runs from it
     */
    record StartRequest(
            @NotBlank(message = "Enter the person id of whom the request is about")
                    @Size(max = InputLimits.ID, message = "A person id must be 100 characters or fewer")
                    String personId,
            @NotNull(message = "Select who made the request") Requester requester,
            @Size(max = 200, message = "The requester's name must be 200 characters or fewer") String requesterName,
            @NotNull(message = "Select how the requester's identity was verified") IdentityCheck identityCheck,
            @Size(max = 500, message = "The note on identity must be 500 characters or fewer") String identityNote,
            @NotNull(message = "Enter the day the request was received")
                    @PastOrPresent(message = "The day the request was received must be today or in the past")
                    LocalDate receivedOn) {}

    /** An officer's decision to release a redacted item as it is. */
    record OverrideRequest(
            @NotNull(message = SEEN_VERSION) Long expectedVersion,
            @NotBlank(message = "Enter the id of the redacted item")
                    @Size(max = 300, message = "An item id must be 300 characters or fewer")
                    String itemId,
            @NotBlank(message = "Write a note of why this item is released without redaction")
                    @Size(max = 1000, message = "The note must be 1,000 characters or fewer")
                    String note) {}

    /** An officer taking back an override. */
    record RestoreRequest(
            @NotNull(message = SEEN_VERSION) Long expectedVersion,
            @NotBlank(message = "Enter the id of the overridden item")
                    @Size(max = 300, message = "An item id must be 300 characters or fewer")
                    String itemId) {}

    /**
     * An officer extending the deadline.
     *
     * @param months the further months: 1 or 2
     * @param note the reasons, as the person is told them
     */
    record ExtensionRequest(
            @NotNull(message = SEEN_VERSION) Long expectedVersion,
            @NotNull(message = "Choose by how many further months to extend the deadline: one or two")
                    @Min(value = 1, message = "A deadline is extended by one or two further months")
                    @Max(value = 2, message = "A deadline is extended by one or two further months")
                    Integer months,
            @NotNull(message = "Select why the deadline is extended") ExtensionReason reason,
            @NotBlank(message = "Write the reasons for the extension, as the person will be told them")
                    @Size(max = 1000, message = "The reasons must be 1,000 characters or fewer")
                    String note) {}

    /** An officer releasing the response as reviewed. */
    record ReleaseRequest(@NotNull(message = SEEN_VERSION) Long expectedVersion) {}

    /** An officer closing the request without a response. */
    record ClosureRequest(
            @NotNull(message = SEEN_VERSION) Long expectedVersion,
            @NotBlank(message = "Enter why the request is closed without a response")
                    @Size(max = 500, message = "The reason must be 500 characters or fewer")
                    String reason) {}

    /** The id of the request started. */
    record StartedRequest(String id) {}
}
