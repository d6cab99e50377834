package uk.joinedup.webui.caseservice;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Families and their cases. Dates left null mean today. Changes that take an {@code expectedVersion}
 * are refused with {@link CaseServiceProblem.Conflict} if the family changed since that version.
 */
@Component
public class Families {

    private final RestClient caseService;

    Families(RestClient caseServiceRestClient) {
        this.caseService = caseServiceRestClient;
    }

    /** Registers a family and returns its id. */
    public String register(String name) {
        return caseService
                .post()
                .uri("/api/families")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", name))
                .retrieve()
                .body(Created.class)
                .id();
    }

    /**
     * One page of the families whose name, or a member's, has every word of {@code name}, or with a member
     * living in {@code postcode}; either may be null, not both.
     */
    public FamiliesFound find(String name, String postcode, int page) {
        return caseService
                .get()
                .uri(uri -> uri.path("/api/families")
                        .queryParamIfPresent("name", present(name))
                        .queryParamIfPresent("postcode", present(postcode))
                        .queryParam("page", page)
                        .build())
                .retrieve()
                .body(FamiliesFound.class);
    }

    public FamilyView family(String familyId, ChronologyQuery query) {
        return caseService
                .get()
                .uri(uri -> query.applyTo(uri.path("/api/families/{familyId}")).build(familyId))
                .retrieve()
                .body(FamilyView.class);
    }

    public void addMember(
            String familyId, long expectedVersion, String personId, Relationship relationship, LocalDate joinedOn) {
        send("/members", familyId, new AddMember(personId, relationship, expectedVersion, joinedOn));
    }

    public void recordMemberLeft(
            String familyId, long expectedVersion, String personId, LocalDate leftOn, String reason) {
        send("/members/{personId}/departure", familyId, new Left(expectedVersion, leftOn, reason), personId);
    }

    public void refer(String familyId, String reason, Set<RiskFactor> riskFactors, LocalDate receivedOn) {
        send("/referrals", familyId, new Referral(reason, riskFactors, receivedOn));
    }

    /** Accepts a referral (team managers), opening the case; {@code allocatedTo} may be null. */
    public void acceptReferral(
            String familyId, long expectedVersion, String referralId, NewTeamMember allocatedTo, LocalDate acceptedOn) {
        send(
                "/referrals/{referralId}/acceptance",
                familyId,
                new Acceptance(allocatedTo, expectedVersion, acceptedOn),
                referralId);
    }

    public void declineReferral(
            String familyId, long expectedVersion, String referralId, String reason, LocalDate declinedOn) {
        send("/referrals/{referralId}/decline", familyId, new Decline(reason, expectedVersion, declinedOn), referralId);
    }

    /** Adds a practitioner to the team (the lead professional or a team manager of the case). */
    public void addToTeam(String familyId, long expectedVersion, NewTeamMember member, LocalDate joinedOn) {
        send(
                "/team",
                familyId,
                new JoinTeam(member.username(), member.role(), member.contact(), expectedVersion, joinedOn));
    }

    /** Asks, as the signed-in user, to join the team; the lead professional or a team manager decides. */
    public void askToJoinTeam(String familyId, String reason, String role, String contact) {
        send("/team/requests", familyId, new AskToJoin(reason, role, contact));
    }

    public void approveJoinRequest(String familyId, long expectedVersion, String userId) {
        send("/team/requests/{userId}/approval", familyId, new VersionedDate(expectedVersion, null), userId);
    }

    public void declineJoinRequest(String familyId, long expectedVersion, String userId, String reason) {
        send("/team/requests/{userId}/decline", familyId, new DeclineJoin(reason, expectedVersion, null), userId);
    }

    /** Takes a practitioner off the team: yourself, or anyone if you lead the case or manage it. */
    public void removeFromTeam(String familyId, long expectedVersion, String userId, LocalDate leftOn) {
        send("/team/{userId}/departure", familyId, new VersionedDate(expectedVersion, leftOn), userId);
    }

    public void appointLeadProfessional(String familyId, long expectedVersion, String userId, LocalDate appointedOn) {
        send("/lead-professional", familyId, new Appointment(userId, expectedVersion, appointedOn));
    }

    public void handOver(String familyId, long expectedVersion, String toUserId, String note, LocalDate handedOverOn) {
        send("/lead-professional/handover", familyId, new Handover(toUserId, note, expectedVersion, handedOverOn));
    }

    public void assess(String familyId, List<AssessedNeed> needs, LocalDate completedOn) {
        send("/assessments", familyId, new Assessment(needs, completedOn));
    }

    public void agreePlan(String familyId, PlanRequest plan) {
        send("/plan", familyId, plan);
    }

    public void recordFamilyAgreement(String familyId, String planId, String agreedBy, LocalDate agreedOn) {
        send("/plan/agreement", familyId, new Agreement(planId, agreedBy, agreedOn));
    }

    public void completeAction(String familyId, String actionId, LocalDate completedOn) {
        send("/plan/actions/{actionId}/completion", familyId, new OnDate(completedOn), actionId);
    }

    public void review(String familyId, LocalDate heldOn, String notes, LocalDate nextReviewOn) {
        send("/reviews", familyId, new Review(heldOn, notes, nextReviewOn));
    }

    public void close(
            String familyId,
            long expectedVersion,
            ClosureReason reason,
            String outcomeSummary,
            boolean overrideOpenActions,
            LocalDate closedOn) {
        send("/closure", familyId, new Closure(reason, outcomeSummary, overrideOpenActions, expectedVersion, closedOn));
    }

    public void reopen(String familyId, long expectedVersion, String reason, LocalDate reopenedOn) {
        send("/reopening", familyId, new Reopening(reason, expectedVersion, reopenedOn));
    }

    /** Records what the team did after the family stopped engaging; it clears the disengagement flag. */
    public void followUp(String familyId, String note, LocalDate followedUpOn) {
        send("/follow-ups", familyId, new FollowUp(note, followedUpOn));
    }

    private static java.util.Optional<String> present(String value) {
        return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value.strip());
    }

    private void send(String path, String familyId, Object body, Object... more) {
        Object[] variables = new Object[more.length + 1];
        variables[0] = familyId;
        System.arraycopy(more, 0, variables, 1, more.length);
        caseService
                .post()
                .uri("/api/families/{familyId}" + path, variables)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    /**
     * A practitioner to put on the team, named by username: case-service takes their name and agency
     * from the staff directory.
     */
    public record NewTeamMember(String username, String role, String contact) {}

    /** One domain of an assessment: a score from 0 to 4 and the evidence for it. */
    public record AssessedNeed(NeedDomain domain, int score, String evidence) {}

    /** A support plan to agree: goals with their actions, and when to review it. */
    public record PlanRequest(
            List<GoalRequest> goals, LocalDate nextReviewOn, long expectedVersion, LocalDate agreedOn) {}

    /** A goal answering an assessed need. */
    public record GoalRequest(NeedDomain need, String description, List<ActionRequest> actions) {}

    /** An action towards a goal, owned by an agency (by id) and optionally a named person. */
    public record ActionRequest(String description, String ownerAgency, String ownerName, LocalDate dueOn) {}

    private record AddMember(String personId, Relationship relationship, long expectedVersion, LocalDate joinedOn) {}

    private record Left(long expectedVersion, LocalDate on, String reason) {}

    private record Referral(String reason, Set<RiskFactor> riskFactors, LocalDate receivedOn) {}

    private record Acceptance(NewTeamMember allocatedTo, long expectedVersion, LocalDate acceptedOn) {}

    private record Decline(String reason, long expectedVersion, LocalDate declinedOn) {}

    private record JoinTeam(String username, String role, String contact, long expectedVersion, LocalDate joinedOn) {}

    private record AskToJoin(String reason, String role, String contact) {}

    private record DeclineJoin(String reason, long expectedVersion, LocalDate on) {}

    private record OnDate(LocalDate on) {}

    private record VersionedDate(long expectedVersion, LocalDate on) {}

    private record Appointment(String userId, long expectedVersion, LocalDate appointedOn) {}

    private record Handover(String toUserId, String note, long expectedVersion, LocalDate handedOverOn) {}

    private record Assessment(List<AssessedNeed> needs, LocalDate completedOn) {}

    private record Agreement(String planId, String agreedBy, LocalDate agreedOn) {}

    private record Review(LocalDate heldOn, String notes, LocalDate nextReviewOn) {}

    private record Closure(
            ClosureReason reason,
            String outcomeSummary,
            boolean overrideOpenActions,
            long expectedVersion,
            LocalDate closedOn) {}

    private record Reopening(String reason, long expectedVersion, LocalDate reopenedOn) {}

    private record FollowUp(String note, LocalDate followedUpOn) {}

    private record Created(String id) {}
}
