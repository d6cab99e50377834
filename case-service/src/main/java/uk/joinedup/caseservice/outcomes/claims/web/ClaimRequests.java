package uk.joinedup.caseservice.outcomes.claims.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The bodies of the claim commands: the version the user saw, and the answer's date and reason. */
final class ClaimRequests {

    static final String SEEN_VERSION =
            "Send the version of the result's claims you saw (version, from GET /api/outcomes/claims/families/{familyId})";

    private ClaimRequests() {}

    /** @param expectedVersion the version of the result's claims seen, or null if it was never claimed */
    record DraftRequest(Long expectedVersion) {}

    record SubmitRequest(@NotNull(message = SEEN_VERSION) Long expectedVersion) {}

    record PaidRequest(
            @NotNull(message = SEEN_VERSION) Long expectedVersion,
            @NotNull(message = "Enter the date the claim was paid")
                    @PastOrPresent(message = "The date paid must be today or in the past")
                    LocalDate paidOn) {}

    record RejectedRequest(
            @NotNull(message = SEEN_VERSION) Long expectedVersion,
            @NotNull(message = "Enter the date the claim was rejected")
                    @PastOrPresent(message = "The date rejected must be today or in the past")
                    LocalDate rejectedOn,
            @NotBlank(message = "Enter why the claim was rejected")
                    @Size(max = 1000, message = "The reason must be 1,000 characters or fewer")
                    String reason) {}
}
