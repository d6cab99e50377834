package uk.joinedup.caseservice.identification.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.joinedup.caseservice.identification.api.CandidateDecision;

/** The bodies of the early-identification requests. */
final class IdentificationRequests {

    private IdentificationRequests() {}

    record DecisionRequest(
            @NotNull(message = "Choose REFER, NOT_NOW or NOT_ELIGIBLE") CandidateDecision decision,
            @NotBlank(message = "Enter the reason for the decision")
                    @Size(max = 500, message = "The reason must be 500 characters or fewer")
                    String reason) {}

    record HouseholdRequest(
            @NotBlank(message = "Enter the family's name")
                    @Size(max = 200, message = "The family's name must be 200 characters or fewer")
                    String name) {}

    /** A family registered from a household. */
    record RegisteredFamily(String id) {}
}
