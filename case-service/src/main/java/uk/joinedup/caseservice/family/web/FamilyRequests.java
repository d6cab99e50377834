package uk.joinedup.caseservice.family.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.joinedup.caseservice.agency.Practitioner;
import uk.joinedup.caseservice.agency.PractitionerDirectory;
import uk.joinedup.caseservice.family.api.ClosureReason;
import uk.joinedup.caseservice.family.api.NeedDomain;
import uk.joinedup.caseservice.family.api.Relationship;
import uk.joinedup.caseservice.family.api.RiskFactor;
import uk.joinedup.caseservice.family.api.TeamMember;
import uk.joinedup.caseservice.infrastructure.web.InputLimits;

/** What clients send to change a family. Dates left out mean today. */
final class FamilyRequests {

    /**
     * Every change that decides on what the user saw of the family carries the family's version as they saw
     * it ({@code version} of {@code GET /api/families/{familyId}}): a change since is a conflict (409).
     */
    static final String SEEN_VERSION =
            "Send the version of the family you saw (expectedVersion, from GET /api/families/{familyId})";

    private FamilyRequests() {}

    record RegisterFamilyRequest(
            @NotBlank(message = "Enter a name for the family, for example the Walker family")
                    @Size(max = 100, message = "The family's name must be 100 characters or fewer")
                    String name) {}

    record AddMemberRequest(
            @NotNull(message = SEEN_VERSION) Long expectedVersion,
            @NotBlank(message = "Choose the person to add")
                    @Size(max = InputLimits.ID, message = "An id must be 100 characters or fewer")
                    String personId,
            @NotNull(message = "Select how they belong to the household") Relationship relationship,
            @PastOrPresent(message = "The date they joined must be today or in the past") LocalDate joinedOn) {}

    record LeaveRequest(
            @NotNull(message = SEEN_VERSION) Long expectedVersion,
            @PastOrPresent(message = "The date they left must be today or in the past") LocalDate on,
            @NotBlank(message = "Enter why they left")
                    @Size(max = 500, message = "The reason must be 500 characters or fewer")
                    String reason) {}

    record ReferralRequest(
            @NotBlank(message = "Enter why you are referring the family")
                    @Size(max = 2000, message = "The reason must be 2,000 characters or fewer")
                    String reason,
            @NotEmpty(message = "Select at least one risk factor")
                    @Size(max = InputLimits.CHOICES, message = "Select each risk factor once")
                    Set<RiskFactor> riskFactors,
            @PastOrPresent(message = "The date received must be today or in the past") LocalDate receivedOn) {}

    record AcceptReferralRequest(
            @NotNull(message = SEEN_VERSION) Long expectedVersion,
            @Valid MemberRequest allocatedTo,
            @PastOrPresent(message = "The date accepted must be today or in the past") LocalDate acceptedOn) {}

    record DeclineRequest(
            @NotNull(message = SEEN_VERSION) Long expectedVersion,
            @NotBlank(message = "Enter why the referral is declined")
                    @Size(max = 2000, message = "The reason must be 2,000 characters or fewer")
                    String reason,
            @PastOrPresent(message = "The date declined must be today or in the past") LocalDate declinedOn) {}

    /**
     * A practitioner to put on the team, by username only: their name and agency come from the staff
     * directory. Role and contact are what the team sees of them.
     */
    record MemberRequest(
            @NotBlank(message = "Choose the practitioner")
                    @Size(max = 100, message = "The username must be 100 characters or fewer")
                    String username,
            @Size(max = 100, message = "The role must be 100 characters or fewer") String role,
            @Size(max = 100, message = "The contact details must be 100 characters or fewer") String contact) {

        TeamMember toMember(PractitionerDirectory directory) {
            Practitioner practitioner = directory.require(username.strip());
            return new TeamMember(
                    practitioner.userId(),
                    practitioner.name(),
                    practitioner.agency(),
                    practitioner.agencyName(),
                    blankToNull(role),
                    blankToNull(contact));
        }
    }

    record JoinTeamRequest(
            @NotNull(message = SEEN_VERSION) Long expectedVersion,
            @NotBlank(message = "Choose the practitioner")
                    @Size(max = 100, message = "The username must be 100 characters or fewer")
                    String username,
            @Size(max = 100, message = "The role must be 100 characters or fewer") String role,
            @Size(max = 100, message = "The contact details must be 100 characters or fewer") String contact,
            @PastOrPresent(message = "The date they joined must be today or in the past") LocalDate joinedOn) {

        MemberRequest member() {
            return new MemberRequest(username, role, contact);
        }
    }

    record AskToJoinRequest(
            @NotBlank(message = "Enter why you need to join the team")
                    @Size(max = 1000, message = "The reason must be 1,000 characters or fewer")
                    String reason,
            @Size(max = 100, message = "Your role must be 100 characters or fewer") String role,
            @Size(max = 100, message = "Your contact details must be 100 characters or fewer") String contact) {}

    record DeclineJoinRequest(
            @NotNull(message = SEEN_VERSION) Long expectedVersion,
            @NotBlank(message = "Enter why the request is declined")
                    @Size(max = 1000, message = "The reason must be 1,000 characters or fewer")
                    String reason,
            @PastOrPresent(message = "The date declined must be today or in the past") LocalDate on) {}

    record DateRequest(@PastOrPresent(message = "The date must be today or in the past") LocalDate on) {}

    record VersionedDateRequest(
            @NotNull(message = SEEN_VERSION) Long expectedVersion,
            @PastOrPresent(message = "The date must be today or in the past") LocalDate on) {}

    record AppointLeadRequest(
            @NotBlank(message = "Choose the lead professional")
                    @Size(max = InputLimits.ID, message = "An id must be 100 characters or fewer")
                    String userId,
            @NotNull(message = SEEN_VERSION) Long expectedVersion,
            @PastOrPresent(message = "The date appointed must be today or in the past") LocalDate appointedOn) {}

    record HandoverRequest(
            @NotBlank(message = "Choose who takes over")
                    @Size(max = InputLimits.ID, message = "An id must be 100 characters or fewer")
                    String toUserId,
            @NotBlank(message = "Write a handover note")
                    @Size(max = 5000, message = "The handover note must be 5,000 characters or fewer")
                    String note,
            @NotNull(message = SEEN_VERSION) Long expectedVersion,
            @PastOrPresent(message = "The handover date must be today or in the past") LocalDate handedOverOn) {}

    record NeedRequest(
            @NotNull(message = "Select the domain") NeedDomain domain,
            @NotNull(message = "Score every domain from 0 to 4")
                    @Min(value = 0, message = "Scores go from 0 to 4")
                    @Max(value = 4, message = "Scores go from 0 to 4")
                    Integer score,
            @NotBlank(message = "Enter the evidence for each score")
                    @Size(max = 2000, message = "Evidence must be 2,000 characters or fewer")
                    String evidence) {}

    record AssessmentRequest(
            @NotEmpty(message = "Score every domain")
                    @Size(max = InputLimits.CHOICES, message = "Score each domain once")
                    List<@Valid NeedRequest> needs,
            @PastOrPresent(message = "The date completed must be today or in the past") LocalDate completedOn) {}

    record ActionRequest(
            @NotBlank(message = "Describe the action")
                    @Size(max = 500, message = "An action must be 500 characters or fewer")
                    String description,
            @NotBlank(message = "Choose the agency responsible")
                    @Size(max = InputLimits.ID, message = "An id must be 100 characters or fewer")
                    String ownerAgency,
            @Size(max = 100, message = "The owner's name must be 100 characters or fewer") String ownerName,
            @NotNull(message = "Enter when the action is due") LocalDate dueOn) {}

    record GoalRequest(
            @NotNull(message = "Choose the need the goal answers") NeedDomain need,
            @NotBlank(message = "Describe the goal")
                    @Size(max = 500, message = "A goal must be 500 characters or fewer")
                    String description,
            @NotEmpty(message = "Give every goal at least one action")
                    @Size(max = InputLimits.PLAN_ITEMS, message = "A goal can have at most 20 actions")
                    List<@Valid ActionRequest> actions) {}

    record PlanRequest(
            @NotEmpty(message = "Add at least one goal")
                    @Size(max = InputLimits.PLAN_ITEMS, message = "A plan can have at most 20 goals")
                    List<@Valid GoalRequest> goals,
            @NotNull(message = "Enter the date of the next review") LocalDate nextReviewOn,
            @NotNull(message = SEEN_VERSION) Long expectedVersion,
            @PastOrPresent(message = "The date agreed must be today or in the past") LocalDate agreedOn) {}

    record AgreementRequest(
            @NotBlank(message = "Choose the plan")
                    @Size(max = InputLimits.ID, message = "An id must be 100 characters or fewer")
                    String planId,
            @NotBlank(message = "Enter who in the family agreed")
                    @Size(max = 200, message = "Who agreed must be 200 characters or fewer")
                    String agreedBy,
            @PastOrPresent(message = "The date agreed must be today or in the past") LocalDate agreedOn) {}

    record ReviewRequest(
            @PastOrPresent(message = "The review date must be today or in the past") LocalDate heldOn,
            @NotBlank(message = "Enter what the review found")
                    @Size(max = 5000, message = "Review notes must be 5,000 characters or fewer")
                    String notes,
            LocalDate nextReviewOn) {}

    record CloseRequest(
            @NotNull(message = "Select why the case is closing") ClosureReason reason,
            @NotBlank(message = "Summarise the outcome for the family")
                    @Size(max = 5000, message = "The outcome summary must be 5,000 characters or fewer")
                    String outcomeSummary,
            @Schema(description = "Close even though plan actions are open (left out: false)")
                    Boolean overrideOpenActions,
            @NotNull(message = SEEN_VERSION) Long expectedVersion,
            @PastOrPresent(message = "The closing date must be today or in the past") LocalDate closedOn) {

        boolean overridesOpenActions() {
            return Boolean.TRUE.equals(overrideOpenActions);
        }
    }

    record ReopenRequest(
            @NotNull(message = SEEN_VERSION) Long expectedVersion,
            @NotBlank(message = "Enter why the case is reopening")
                    @Size(max = 2000, message = "The reason must be 2,000 characters or fewer")
                    String reason,
            @PastOrPresent(message = "The reopening date must be today or in the past") LocalDate reopenedOn) {}

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
