package uk.joinedup.webui.caseservice;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A family as case-service lets the signed-in user see it.
 *
 * @param casework whether the user may see the casework (referrals, team, lead, assessment, plan,
 *     reviews, conferences, transfers, budget, cost); when false those parts are empty
 * @param needsLeadProfessional an open case with no lead professional
 * @param reviewOverdue the next review date has passed on an open case
 * @param budget the family's budget (empty until money is allocated); null when the user may not see the
 *     casework
 * @param people names of everyone the chronology mentions, by person id
 * @param entries one page of the family's and its members' chronology, newest first, as filtered
 * @param chronology which page that is, and how many entries the filter matches
 * @param leadChanges every appointment and handover of the lead professional the user may see, newest first
 * @param agencies the agencies whose entries the user can see, for the chronology's filter
 * @param withheld how many entries the user may not see
 * @param withheldFrom those entries counted by agency, category and reason
 * @param version send back as {@code expectedVersion} with changes that must not overwrite another's
 * @param asAt the date the view is "as at", or null for now
 * @param youMay what the signed-in user may change about who is involved: pages offer only that
 * @param joinRequests requests to join the team awaiting the user's decision (empty unless they decide)
 * @param conferences the case conferences and panels held about the family, newest first (empty when the user
 *     may not see the casework)
 * @param transfers every proposed transfer of the case to another agency, oldest first, with its decision; at
 *     most one awaits a decision (empty when the user may not see the casework)
 * @param mayDecideTransfer the user may accept or decline the transfer awaiting a decision (a team manager of
 *     the receiving agency): an offer for the page, not the check
 * @param cost what the family cost the public purse beside the support it was given; null when the user may
 *     not see the casework
 */
public record FamilyView(
        String familyId,
        String name,
        CaseStatus status,
        LocalDate openedOn,
        Closure closure,
        boolean casework,
        List<Member> members,
        List<Referral> referrals,
        List<TeamMember> team,
        Lead lead,
        boolean needsLeadProfessional,
        Assessment assessment,
        Plan plan,
        List<Review> reviews,
        LocalDate nextReviewOn,
        boolean reviewOverdue,
        BudgetView budget,
        Map<String, String> people,
        List<ChronologyEntry> entries,
        ChronologyPage chronology,
        List<ChronologyEntry> leadChanges,
        int withheld,
        List<WithheldEntries> withheldFrom,
        List<AgencyOption> agencies,
        long version,
        LocalDate asAt,
        YouMay youMay,
        List<JoinRequest> joinRequests,
        List<Conference> conferences,
        List<Transfer> transfers,
        boolean mayDecideTransfer,
        FamilyCostView cost,
        Disengagement disengagement) {

    public FamilyView {
        withheldFrom = withheldFrom == null ? List.of() : withheldFrom;
        members = members == null ? List.of() : members;
        referrals = referrals == null ? List.of() : referrals;
        team = team == null ? List.of() : team;
        reviews = reviews == null ? List.of() : reviews;
        people = people == null ? Map.of() : people;
        entries = entries == null ? List.of() : entries;
        chronology = chronology == null ? ChronologyPage.NONE : chronology;
        leadChanges = leadChanges == null ? List.of() : leadChanges;
        agencies = agencies == null ? List.of() : agencies;
        youMay = youMay == null ? YouMay.NOTHING : youMay;
        joinRequests = joinRequests == null ? List.of() : joinRequests;
        conferences = conferences == null ? List.of() : conferences;
        transfers = transfers == null ? List.of() : transfers;
    }

    public boolean open() {
        return status == CaseStatus.OPEN;
    }

    public Optional<TeamMember> teamMember(String userId) {
        return team.stream().filter(member -> member.userId().equals(userId)).findFirst();
    }

    /** Household members who have not left. */
    public long currentMembers() {
        return members.stream().filter(member -> member.leftOn() == null).count();
    }

    /** Referrals awaiting a decision. */
    public long undecidedReferrals() {
        return referrals.stream().filter(Referral::undecided).count();
    }

    /** Actions of the plan past their due date and not done. */
    public long overdueActions() {
        return plan == null
                ? 0
                : plan.actions().stream()
                        .filter(action -> "OVERDUE".equals(action.status()))
                        .count();
    }

    /** Money has been allocated to the family's budget, and the user may see it. */
    public boolean hasBudget() {
        return budget != null && !budget.empty();
    }

    public boolean leadIs(String userId) {
        return lead != null && lead.member().userId().equals(userId);
    }

    /** The transfer of the case to another agency awaiting its decision, if one does. */
    public Optional<Transfer> awaitingTransfer() {
        return transfers.stream().filter(Transfer::awaitingDecision).findFirst();
    }

    /** Who holds the case while a transfer awaits a decision: the lead professional, else who proposed it from. */
    public TeamMember holder() {
        if (lead != null) {
            return lead.member();
        }
        return awaitingTransfer().map(Transfer::from).orElse(null);
    }

    /**
     * What the user may change about who is involved with the family.
     *
     * @param changeHousehold add or remove household members
     * @param manageTeam add someone to the team, take someone off, decide requests to join
     * @param askToJoin ask to join the team
     * @param joinRequested the user has asked to join and awaits the decision
     * @param leaveTeam leave the team themselves
     */
    public record YouMay(
            boolean changeHousehold, boolean manageTeam, boolean askToJoin, boolean joinRequested, boolean leaveTeam) {

        static final YouMay NOTHING = new YouMay(false, false, false, false, false);
    }

    /** A practitioner's request to join the team, and why. */
    public record JoinRequest(TeamMember requester, String reason, LocalDate requestedOn) {}

    /** A member of the household, now or in the past ({@code leftOn} set). */
    public record Member(
            String personId,
            String name,
            LocalDate dateOfBirth,
            Relationship relationship,
            LocalDate joinedOn,
            LocalDate leftOn) {}

    /**
     * A referral into the programme and what became of it.
     *
     * @param status {@code RECEIVED}, {@code ACCEPTED} or {@code DECLINED}
     */
    public record Referral(
            String referralId,
            String reason,
            Set<RiskFactor> riskFactors,
            LocalDate receivedOn,
            String referredBy,
            String referredByName,
            String status,
            LocalDate decidedOn,
            String declineReason) {

        public boolean undecided() {
            return "RECEIVED".equals(status);
        }
    }

    /**
     * A practitioner in the team around the family.
     *
     * @param userId their sign-in name
     * @param agency their agency's id
     * @param role what they do for the family, may be null
     * @param contact how the team reaches them, may be null
     */
    public record TeamMember(
            String userId, String name, String agency, String agencyName, String role, String contact) {}

    /** The lead professional and since when. */
    public record Lead(TeamMember member, LocalDate since) {}

    /** How the case was closed. */
    public record Closure(
            ClosureReason reason, String outcomeSummary, LocalDate closedOn, boolean openActionsOverridden) {}

    /** The latest assessment, each domain with its score at the one before. */
    public record Assessment(String assessmentId, LocalDate completedOn, String completedBy, List<Need> needs) {}

    /**
     * One assessed domain.
     *
     * @param score 0 (no need) to 4 (severe need)
     * @param previousScore the score at the assessment before, or null if this is the first
     */
    public record Need(NeedDomain domain, int score, Integer previousScore, String evidence) {

        /** The change since the previous assessment, or null if there was none. */
        public Integer change() {
            return previousScore == null ? null : score - previousScore;
        }
    }

    /** The current support plan. */
    public record Plan(
            String planId,
            LocalDate agreedOn,
            LocalDate nextReviewOn,
            String familyAgreedBy,
            LocalDate familyAgreedOn,
            List<Goal> goals,
            List<Action> actions) {

        public Plan {
            goals = goals == null ? List.of() : goals;
            actions = actions == null ? List.of() : actions;
        }

        public List<Action> actionsFor(Goal goal) {
            return actions.stream()
                    .filter(action -> action.goalId().equals(goal.goalId()))
                    .toList();
        }

        public long openActions() {
            return actions.stream().filter(action -> !action.done()).count();
        }
    }

    /** A goal of the plan, answering an assessed need. */
    public record Goal(String goalId, NeedDomain need, String description) {}

    /**
     * An action of the plan.
     *
     * @param status {@code OVERDUE}, {@code OPEN} or {@code DONE}, on the day of the request
     */
    public record Action(
            String actionId,
            String goalId,
            String description,
            String ownerAgency,
            String ownerName,
            LocalDate dueOn,
            String status,
            LocalDate completedOn) {

        public boolean done() {
            return "DONE".equals(status);
        }
    }

    /**
     * A case conference or panel held about the family.
     *
     * @param attendees the practitioners who were there, from the staff directory
     * @param familyPresent who of the family was there, in the practitioner's words, or null
     * @param decisions what it decided, in the order recorded
     * @param leadProfessionalAgreed the lead professional it agreed, or null if it agreed none
     * @param actions the actions arising, which joined the plan
     * @param recordedBy who recorded it, by name
     */
    public record Conference(
            String conferenceId,
            ConferenceKind kind,
            LocalDate heldOn,
            List<TeamMember> attendees,
            String familyPresent,
            List<String> decisions,
            TeamMember leadProfessionalAgreed,
            List<ActionArising> actions,
            String recordedBy) {

        public Conference {
            attendees = attendees == null ? List.of() : attendees;
            decisions = decisions == null ? List.of() : decisions;
            actions = actions == null ? List.of() : actions;
        }
    }

    /** An action a conference agreed, for a goal of the plan, owned by an agency (by id) and optionally a person. */
    public record ActionArising(
            String actionId,
            String goalId,
            String description,
            String ownerAgency,
            String ownerName,
            LocalDate dueOn) {}

    /**
     * A proposed transfer of the case to another agency and its decision.
     *
     * @param from the lead professional who held the case when it was proposed
     * @param proposedLead the practitioner of the receiving agency who would lead it
     * @param proposedBy who proposed it, by name
     * @param decidedOn when it was accepted, declined or withdrawn; null while it awaits a decision
     * @param decidedBy who decided, by name
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

        public boolean awaitingDecision() {
            return status == TransferStatus.PROPOSED;
        }
    }

    /** A review of the case. */
    public record Review(String reviewId, LocalDate heldOn, String notes, LocalDate nextReviewOn, String heldBy) {}

    /**
     * The family stopped engaging by a rule (e.g. two unanswered contacts within 14 days) and nobody has followed
     * it up since.
     *
     * @param rule the rule in words
     * @param from the first of the facts that met it
     * @param to the last of them
     */
    public record Disengagement(String rule, int facts, LocalDate from, LocalDate to) {}
}
