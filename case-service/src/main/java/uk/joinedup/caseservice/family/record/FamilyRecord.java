package uk.joinedup.caseservice.family.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.chronology.ChronologyEntry;
import uk.joinedup.caseservice.family.api.AssessedNeed;
import uk.joinedup.caseservice.family.api.ClosureReason;
import uk.joinedup.caseservice.family.api.Goal;
import uk.joinedup.caseservice.family.api.PlanAction;
import uk.joinedup.caseservice.family.api.Relationship;
import uk.joinedup.caseservice.family.api.RiskFactor;
import uk.joinedup.caseservice.family.api.TeamMember;

/**
 * Everything recorded about a family and its case, as stored: not yet filtered for any viewer.
 *
 * @param members current and former members, by person id
 * @param team the team around the family now, by user id
 * @param lead the lead professional now, or null
 * @param nextReviewOn when the case is next due for review, or null
 * @param entries the family-level chronology, by entry id
 * @param version the sequence number of the last event applied: the version clients send back
 */
public record FamilyRecord(
        @JsonProperty("_id") String familyId,
        String name,
        AgencyId registeredBy,
        Map<String, Member> members,
        Map<String, Referral> referrals,
        CaseStatus status,
        LocalDate openedOn,
        Closure closure,
        Map<String, TeamMember> team,
        Lead lead,
        List<Assessment> assessments,
        Plan plan,
        List<Review> reviews,
        LocalDate nextReviewOn,
        Map<String, ChronologyEntry> entries,
        long version) {

    public FamilyRecord {
        members = members == null ? Map.of() : Map.copyOf(members);
        referrals = referrals == null ? Map.of() : Map.copyOf(referrals);
        team = team == null ? Map.of() : Map.copyOf(team);
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        entries = entries == null ? Map.of() : Map.copyOf(entries);
    }

    /** An open case that nobody leads: flagged until a lead professional is appointed. */
    public boolean needsLeadProfessional() {
        return status == CaseStatus.OPEN && lead == null;
    }

    /** Whether the next review of an open case was due before {@code day}. */
    public boolean reviewOverdueOn(LocalDate day) {
        return status == CaseStatus.OPEN && nextReviewOn != null && nextReviewOn.isBefore(day);
    }

    /** Where a family's case stands. */
    public enum CaseStatus {
        NOT_OPEN,
        OPEN,
        CLOSED
    }

    /** A member of the household, now or in the past ({@code leftOn} set). */
    public record Member(String personId, Relationship relationship, LocalDate joinedOn, LocalDate leftOn) {

        public boolean current() {
            return leftOn == null;
        }
    }

    /** A referral into the programme and what became of it. */
    public record Referral(
            String referralId,
            String reason,
            Set<RiskFactor> riskFactors,
            LocalDate receivedOn,
            AgencyId referredBy,
            String referredByName,
            ReferralStatus status,
            LocalDate decidedOn,
            String declineReason) {}

    /** Whether a referral has been decided. */
    public enum ReferralStatus {
        RECEIVED,
        ACCEPTED,
        DECLINED
    }

    /** How the case was closed. */
    public record Closure(
            ClosureReason reason, String outcomeSummary, LocalDate closedOn, boolean openActionsOverridden) {}

    /** The lead professional and since when. */
    public record Lead(TeamMember member, LocalDate since) {}

    /** A completed whole-family assessment. */
    public record Assessment(
            String assessmentId, List<AssessedNeed> needs, LocalDate completedOn, String completedBy) {}

    /** The current support plan and how far it has got. */
    public record Plan(
            String planId,
            List<Goal> goals,
            List<PlanAction> actions,
            Map<String, LocalDate> completedActions,
            LocalDate nextReviewOn,
            LocalDate agreedOn,
            String familyAgreedBy,
            LocalDate familyAgreedOn) {

        /** Where one of this plan's actions stands on {@code day}. */
        public ActionStatus statusOf(PlanAction action, LocalDate day) {
            return ActionStatus.of(
                    action.dueOn(), completedActions.get(action.actionId().value()), day);
        }

        /** How many actions are still to do on {@code day}. */
        public long countOutstanding(LocalDate day) {
            return actions.stream()
                    .filter(action -> statusOf(action, day).outstanding())
                    .count();
        }

        /** How many actions were due before {@code day} and are not done. */
        public long countOverdue(LocalDate day) {
            return actions.stream()
                    .filter(action -> statusOf(action, day) == ActionStatus.OVERDUE)
                    .count();
        }
    }

    /** A review of the case. */
    public record Review(String reviewId, LocalDate heldOn, String notes, LocalDate nextReviewOn, String heldBy) {}
}
