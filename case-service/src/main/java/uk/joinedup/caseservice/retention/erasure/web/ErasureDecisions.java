package uk.joinedup.caseservice.retention.erasure.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.joinedup.caseservice.retention.erasure.api.HoldReason;

/** What officers send to decide on an erasure. */
final class ErasureDecisions {

    static final String SEEN_VERSION =
            "Send the version of the erasure you saw (version, from GET /api/erasures/{erasureId})";

    private ErasureDecisions() {}

    /** An officer approving the erasure. */
    record ErasureApprovalRequest(@NotNull(message = SEEN_VERSION) Long expectedVersion) {}

    /**
     * An officer holding the erasure until a review date.
     *
     * @param note why; ids and references only, no names (the record of an erasure outlives the data)
     */
    record ErasureHoldRequest(
            @NotNull(message = SEEN_VERSION) Long expectedVersion,
            @NotNull(message = "Select why the erasure is on hold") HoldReason reason,
            @NotBlank(message = "Enter why the erasure is on hold")
                    @Size(max = 1000, message = "The note must be 1,000 characters or fewer")
                    String note,
            @NotNull(message = "Enter the date to review the hold") LocalDate reviewOn) {}

    /** An officer releasing the hold. */
    record HoldReleaseRequest(
            @NotNull(message = SEEN_VERSION) Long expectedVersion,
            @NotBlank(message = "Enter why the hold no longer applies")
                    @Size(max = 1000, message = "The note must be 1,000 characters or fewer")
                    String note) {}
}
