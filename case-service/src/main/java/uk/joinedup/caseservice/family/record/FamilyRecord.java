package uk.joinedup.caseservice.family.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.chronology.ChronologyEntry;
import uk.joinedup.caseservice.family.api.AssessedNeed;
import uk.joinedup.caseservice.family.api.ClosureReason;
import uk.joinedup.caseservice.family.api.ConferenceKind;
import uk.joinedup.caseservice.family.api.Goal;
import uk.joinedup.caseservice.family.api.PlanAction;
import uk.joinedup.caseservice.family.api.Relationship;
import uk.joinedup.caseservice.family.api.RiskFactor;
import uk.joinedup.caseservice.family.api.Standing;
import uk.joinedup.caseservice.family.api.TeamMember;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.sharing.WorkingRelationship;
import uk.joinedup.caseservice.sharing.WorkingRelationshipKind;

/**
 * Everything recorded about a family and its case, as stored: not yet filtered for any viewer.
 *
 * @param members current and former members, by person id
 * @param team the team around the family now, by user id
 * @param lead the lead professional now, or null
 * @param nextReviewOn when the case is next due for review, or null
 * @param entries the family-level chronology, by entry id
 * @param version the sequence number of the last event applied: the version clients send back
 * @param joinRequests requests to join the team awaiting a decision, by the requester's user id
 * @param conferences the case conferences and panels held about it, oldest first
 * @param transfers every proposed transfer of the case to another agency, oldest first; at most one awaits a
 *     decision
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
        long version,
        Map<String, JoinRequest> joinRequests,
        List<Conference> conferences,
        List<Transfer> transfers) {

    public FamilyRecord {
        members = members == null ? Map.of() : Map.copyOf(members);
        referrals = referrals == null ? Map.of() : Map.copyOf(referrals);
        team = team == null ? Map.of() : Map.copyOf(team);
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        entries = entries == null ? Map.of() : Map.copyOf(entries);
        joinRequests = joinRequests == null ? Map.of() : Map.copyOf(joinRequests);
        conferences = conferences == null ? List.of() : List.copyOf(conferences);
        transfers = transfers == null ? List.of() : List.copyOf(transfers);
    }

    /** Whether a transfer to this agency awaits its decision. */
    public boolean transferAwaits(AgencyId receivingAgency) {
        Transfer pending = pendingTransfer();
        return pending != null && pending.proposedLead().agency().equals(receivingAgency);
    }

    /** The transfer awaiting the receiving agency's decision, if any. */
    public Transfer pendingTransfer() {
        return transfers.stream()
                .filter(transfer -> transfer.status() == TransferStatus.PROPOSED)
                .findFirst()
                .orElse(null);
    }

    /**
     * This family with only what the outcomes read of it (ADR 25): who works with it and who is in it (household,
     * registering agency, referrals, team, lead, case status and dates), its first whole-family assessment and the
     * agreement of its current plan (the plan's goals and actions left out); its other assessments, reviews,
     * chronology, join requests and transfers left out. How any viewer relates to it and its members for measuring
     * outcomes is the same as of the whole record, at a fraction of the memory; the managers of an agency a transfer
     * awaits do not measure it before they accept it.
     */
    public FamilyRecord forOutcomes() {
        return new FamilyRecord(
                familyId,
                name,
                registeredBy,
                members,
                referrals,
                status,
                openedOn,
                closure,
                team,
                lead,
                assessments.stream()
                        .min(Comparator.comparing(Assessment::completedOn))
                        .map(List::of)
                        .orElse(List.of()),
                plan == null ? null : plan.agreement(),
                List.of(),
                nextReviewOn,
                Map.of(),
                version,
                Map.of(),
                List.of(),
                List.of());
    }

    /** The day its first whole-family assessment was completed, or null before one. */
    public LocalDate firstAssessedOn() {
        return assessments.stream()
                .map(Assessment::completedOn)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    /** An open case that nobody leads: flagged until a lead professional is appointed. */
    public boolean needsLeadProfessional() {
        return status == CaseStatus.OPEN && lead == null;
    }

    /**
     * How a viewer works with this family: its lead professional, a member of its team, a team manager of
     * an agency involved in the case (on the team, leading it or having registered the family; for early
     * help, the programme's front door, also while a referral awaits a decision; or the agency a transfer awaits,
     * to decide on it), or not at all.
     */
    public WorkingRelationship relationshipOf(Viewer viewer) {
        if (lead != null && lead.member().userId().equals(viewer.userId())) {
            return WorkingRelationship.of(WorkingRelationshipKind.LEAD_PROFESSIONAL);
        }
        if (team.containsKey(viewer.userId())) {
            return WorkingRelationship.of(WorkingRelationshipKind.TEAM_MEMBER);
        }
        if (managedBy(viewer) || decidesTransfer(viewer)) {
            return WorkingRelationship.of(WorkingRelationshipKind.CASE_MANAGER);
        }
        return WorkingRelationship.NONE;
    }

    /**
     * Whether the viewer is a team manager of the agency a transfer awaits: they see the casework as its managers
     * do, to decide on it, but change nothing else of the case before they accept it (they are not {@link
     * #managedBy managing} it).
     */
    public boolean decidesTransfer(Viewer viewer) {
        return viewer.manager() && transferAwaits(viewer.agency());
    }

    /**
     * Whether the viewer is a team manager of an agency involved in the case: one who may change who is
     * involved with it, also when they are on its team themselves. An agency a transfer awaits is not involved
     * until it accepts.
     */
    public boolean managedBy(Viewer viewer) {
        return viewer.manager() && involves(viewer.agency(), viewer.agencyKind());
    }

    /**
     * How the viewer stands in the case beyond its lead and team (which the family aggregate knows
     * itself): what the REST adapter passes with the commands that change who is involved.
     */
    public Standing standingOf(Viewer viewer) {
        if (managedBy(viewer)) {
            return Standing.CASE_MANAGER;
        }
        return viewer.agency().equals(registeredBy) ? Standing.REGISTERING_AGENCY : Standing.NONE;
    }

    /** Whether this practitioner leads the family's case. */
    public boolean ledBy(String userId) {
        return lead != null && lead.member().userId().equals(userId);
    }

    /**
     * How a viewer works with one of this family's members through this family: as with the family, but
     * only for what happened since the member joined it; nothing once they have left.
     */
    public WorkingRelationship relationshipTo(String personId, Viewer viewer) {
        Member member = members.get(personId);
        if (member == null || !member.current()) {
            return WorkingRelationship.NONE;
        }
        return new WorkingRelationship(relationshipOf(viewer).kind(), member.joinedOn());
    }

    private boolean involves(AgencyId agency, AgencyKind kind) {
        return agency.equals(registeredBy)
                || (lead != null && lead.member().agency().equals(agency))
                || team.values().stream().anyMatch(member -> member.agency().equals(agency))
                || (kind == AgencyKind.EARLY_HELP
                        && referrals.values().stream()
                                .anyMatch(referral -> referral.status() == ReferralStatus.RECEIVED));
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

    /** A practitioner's request to join the team, awaiting a decision. */
    public record JoinRequest(TeamMember requester, String reason, LocalDate requestedOn) {}

    /** The lead professional and since when. */
    public record Lead(TeamMember member, LocalDate since) {}

    /**
     * A completed whole-family assessment.
     *
     * @param assessedBy the agency whose practitioner completed it: its evidence is that agency's record
     * @param assessedByKind that agency's kind, or null if not known
     */
    public record Assessment(
            String assessmentId,
            List<AssessedNeed> needs,
            LocalDate completedOn,
            String completedBy,
            AgencyId assessedBy,
            AgencyKind assessedByKind) {}

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

        /** This plan's agreement only: who agreed it and when, and its next review; no goals or actions. */
        public Plan agreement() {
            return new Plan(
                    planId, List.of(), List.of(), Map.of(), nextReviewOn, agreedOn, familyAgreedBy, familyAgreedOn);
        }

        /** This plan with the family's agreement to it. */
        Plan agreedBy(String agreedBy, LocalDate agreedOn) {
            return new Plan(planId, goals, actions, completedActions, nextReviewOn, this.agreedOn, agreedBy, agreedOn);
        }

        /** This plan with one more action done. */
        Plan completing(String actionId, LocalDate on) {
            Map<String, LocalDate> done = new HashMap<>(completedActions);
            done.put(actionId, on);
            return new Plan(planId, goals, actions, done, nextReviewOn, agreedOn, familyAgreedBy, familyAgreedOn);
        }

        /** This plan with more actions. */
        Plan adding(List<PlanAction> more) {
            List<PlanAction> all = new ArrayList<>(actions);
            all.addAll(more);
            return new Plan(
                    planId, goals, all, completedActions, nextReviewOn, agreedOn, familyAgreedBy, familyAgreedOn);
        }

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

    /**
     * A case conference or panel.
     *
     * @param attendees the practitioners present and their agencies
     * @param familyPresent who of the family was there, or null
     * @param leadProfessionalAgreed the team member it agreed should lead the case, or null
     * @param actions the actions arising it added to the plan
     * @param recordedBy who recorded it
     */
    public record Conference(
            String conferenceId,
            ConferenceKind kind,
            LocalDate heldOn,
            List<TeamMember> attendees,
            String familyPresent,
            List<String> decisions,
            TeamMember leadProfessionalAgreed,
            List<PlanAction> actions,
            String recordedBy) {

        public Conference {
            attendees = attendees == null ? List.of() : List.copyOf(attendees);
            decisions = decisions == null ? List.of() : List.copyOf(decisions);
            actions = actions == null ? List.of() : List.copyOf(actions);
        }
    }

    /**
     * A proposed transfer of the case to another agency, and its decision.
     *
     * @param from the lead professional who held the case when it was proposed
     * @param proposedLead the receiving agency's practitioner proposed to lead it
     * @param proposedBy who proposed it
     * @param decidedOn when it was accepted, declined or withdrawn (by closing the case), or null while it awaits
     * @param decidedBy the receiving team manager who decided it, or null
     * @param declineReason why it was declined, or null
     * @param newLead who leads the case since it was accepted, or null
     */
    public record Transfer(
            String transferId,
            TeamMember from,
            TeamMember proposedLead,
            String reason,
            LocalDate proposedOn,
            String proposedBy,
            TransferStatus status,
            LocalDate decidedOn,
            String decidedBy,
            String declineReason,
            TeamMember newLead) {

        Transfer decided(TransferStatus newStatus, LocalDate on, String by, String why, TeamMember lead) {
            return new Transfer(
                    transferId, from, proposedLead, reason, proposedOn, proposedBy, newStatus, on, by, why, lead);
        }
    }

    /** Where a transfer stands. */
    public enum TransferStatus {
        PROPOSED,
        ACCEPTED,
        DECLINED,
        /** The case closed while it awaited a decision. */
        WITHDRAWN
    }

    /** A review of the case. */
    public record Review(String reviewId, LocalDate heldOn, String notes, LocalDate nextReviewOn, String heldBy) {}
}
