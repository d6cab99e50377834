package uk.joinedup.caseservice.family.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.family.api.AcceptReferral;
import uk.joinedup.caseservice.family.api.AcceptTransfer;
import uk.joinedup.caseservice.family.api.ActionId;
import uk.joinedup.caseservice.family.api.AddFamilyMember;
import uk.joinedup.caseservice.family.api.AgreeSupportPlan;
import uk.joinedup.caseservice.family.api.AppointLeadProfessional;
import uk.joinedup.caseservice.family.api.ApproveTeamJoinRequest;
import uk.joinedup.caseservice.family.api.AssessedNeed;
import uk.joinedup.caseservice.family.api.AssessmentCompleted;
import uk.joinedup.caseservice.family.api.CaseClosed;
import uk.joinedup.caseservice.family.api.CaseConferenceHeld;
import uk.joinedup.caseservice.family.api.CaseOpened;
import uk.joinedup.caseservice.family.api.CaseReopened;
import uk.joinedup.caseservice.family.api.CaseTransferAccepted;
import uk.joinedup.caseservice.family.api.CaseTransferDeclined;
import uk.joinedup.caseservice.family.api.CaseTransferProposed;
import uk.joinedup.caseservice.family.api.CloseCase;
import uk.joinedup.caseservice.family.api.CompleteAssessment;
import uk.joinedup.caseservice.family.api.CompletePlanAction;
import uk.joinedup.caseservice.family.api.ConferenceId;
import uk.joinedup.caseservice.family.api.DeclineReferral;
import uk.joinedup.caseservice.family.api.DeclineTeamJoinRequest;
import uk.joinedup.caseservice.family.api.DeclineTransfer;
import uk.joinedup.caseservice.family.api.DisengagementFollowedUp;
import uk.joinedup.caseservice.family.api.EraseFamily;
import uk.joinedup.caseservice.family.api.FamilyAgreedToPlan;
import uk.joinedup.caseservice.family.api.FamilyErased;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.FamilyMemberJoined;
import uk.joinedup.caseservice.family.api.FamilyMemberLeft;
import uk.joinedup.caseservice.family.api.FamilyRegistered;
import uk.joinedup.caseservice.family.api.FollowUpDisengagement;
import uk.joinedup.caseservice.family.api.Goal;
import uk.joinedup.caseservice.family.api.GoalId;
import uk.joinedup.caseservice.family.api.HandOverLeadProfessional;
import uk.joinedup.caseservice.family.api.HoldCaseConference;
import uk.joinedup.caseservice.family.api.HoldReview;
import uk.joinedup.caseservice.family.api.JoinTeam;
import uk.joinedup.caseservice.family.api.KeyworkerJoinedTeam;
import uk.joinedup.caseservice.family.api.KeyworkerLeftTeam;
import uk.joinedup.caseservice.family.api.LeadProfessionalAppointed;
import uk.joinedup.caseservice.family.api.LeadProfessionalAppointmentEnded;
import uk.joinedup.caseservice.family.api.LeadProfessionalHandedOver;
import uk.joinedup.caseservice.family.api.LeaveTeam;
import uk.joinedup.caseservice.family.api.NeedDomain;
import uk.joinedup.caseservice.family.api.PlanAction;
import uk.joinedup.caseservice.family.api.PlanActionCompleted;
import uk.joinedup.caseservice.family.api.PlanActionsAdded;
import uk.joinedup.caseservice.family.api.PlanId;
import uk.joinedup.caseservice.family.api.ProposeTransfer;
import uk.joinedup.caseservice.family.api.ReceiveReferral;
import uk.joinedup.caseservice.family.api.RecordFamilyAgreement;
import uk.joinedup.caseservice.family.api.ReferralAccepted;
import uk.joinedup.caseservice.family.api.ReferralDeclined;
import uk.joinedup.caseservice.family.api.ReferralId;
import uk.joinedup.caseservice.family.api.ReferralReceived;
import uk.joinedup.caseservice.family.api.RegisterFamily;
import uk.joinedup.caseservice.family.api.RemoveFamilyMember;
import uk.joinedup.caseservice.family.api.ReopenCase;
import uk.joinedup.caseservice.family.api.RequestToJoinTeam;
import uk.joinedup.caseservice.family.api.ReviewHeld;
import uk.joinedup.caseservice.family.api.ReviewId;
import uk.joinedup.caseservice.family.api.Standing;
import uk.joinedup.caseservice.family.api.SupportPlanAgreed;
import uk.joinedup.caseservice.family.api.TeamJoinDeclined;
import uk.joinedup.caseservice.family.api.TeamJoinRequested;
import uk.joinedup.caseservice.family.api.TeamMember;
import uk.joinedup.caseservice.family.api.TransferId;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.personaldata.ErasedEvent;
import uk.joinedup.caseservice.rules.DatedInFuture;
import uk.joinedup.caseservice.rules.ReasonRequired;
import uk.joinedup.caseservice.rules.RecordErased;

/**
 * A family (household) and its case: the consistency boundary for "at most one lead professional,
 * who is on the team", "a plan answers the latest assessment" and "close only with actions done or a
 * manager's override", and for who may change who is involved.
 *
 * <p>Who is involved is decided here from the family's own state where it can be: the lead
 * professional and the team. What the aggregate does not hold (whether the actor is a team manager of
 * an agency involved in the case, or works for the agency that registered the family) the REST adapter
 * reads from the family's record and passes as the command's {@link Standing}. So: the household
 * changes by the lead or a case manager, and by the registering agency while the family is put together
 * (before its case first opens); the team changes by the lead or a case manager; anyone may leave it
 * themselves, except the lead, who hands over first; anyone may ask to join it.
 *
 * <p>Every change that decides on what the user saw (the household, referral decisions, the team and
 * requests to join it, the lead professional, the plan, closing and reopening) carries the version they
 * saw: the API requires it, and any event since is a conflict before it is anything else.
 */
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "aggregateCache")
@Revision("3") // snapshots from before did not remember whether it was erased: they are not read
class Family {

    @AggregateIdentifier
    private FamilyId familyId;

    private final Map<PersonId, LocalDate> members = new HashMap<>();
    private final Map<ReferralId, Referral> referrals = new HashMap<>();
    private boolean open;
    private boolean closed;
    private final Map<String, TeamMember> team = new LinkedHashMap<>();
    private TeamMember lead;
    private final Map<NeedDomain, Integer> assessedNeeds = new EnumMap<>(NeedDomain.class);
    private PlanId currentPlan;
    private boolean familyAgreedToCurrentPlan;
    private final Set<GoalId> planGoals = new HashSet<>();
    private final Map<ActionId, Boolean> actionsDone = new HashMap<>();
    private final Set<ReviewId> reviews = new HashSet<>();
    private final Set<ConferenceId> conferences = new HashSet<>();
    private PendingTransfer transfer;
    private final Map<String, JoinRequest> joinRequests = new HashMap<>();

    /** Erased when its retention ended: it refuses every command. */
    private boolean erased;

    Family() {
        // for Axon
    }

    @CommandHandler
    Family(RegisterFamily command) {
        apply(new FamilyRegistered(
                command.familyId(), command.name().strip(), command.actor().agency()));
    }

    @CommandHandler
    void handle(AddFamilyMember command, ConflictResolver conflicts) {
        staleVersionIsAConflict(conflicts);
        mayChangeHousehold(command.actor(), command.standing());
        notAfter(command.joinedOn(), command.recordedOn());
        if (members.containsKey(command.personId())) {
            throw new AlreadyAMember();
        }
        apply(new FamilyMemberJoined(familyId, command.personId(), command.relationship(), command.joinedOn()));
    }

    @CommandHandler
    void handle(RemoveFamilyMember command, ConflictResolver conflicts) {
        staleVersionIsAConflict(conflicts);
        mayChangeHousehold(command.actor(), command.standing());
        notAfter(command.leftOn(), command.recordedOn());
        LocalDate joinedOn = members.get(command.personId());
        if (joinedOn == null) {
            throw new NotAMember();
        }
        if (command.leftOn().isBefore(joinedOn)) {
            throw new LeftBeforeJoined(command.leftOn(), joinedOn);
        }
        reasonGiven(command.reason());
        apply(new FamilyMemberLeft(
                familyId, command.personId(), command.leftOn(), command.reason().strip()));
    }

    @CommandHandler
    void handle(ReceiveReferral command) {
        notAfter(command.receivedOn(), command.recordedOn());
        if (referrals.containsKey(command.referralId())) {
            throw new ReferralAlreadyReceived();
        }
        reasonGiven(command.reason());
        apply(new ReferralReceived(
                familyId,
                command.referralId(),
                command.reason().strip(),
                command.riskFactors(),
                command.receivedOn(),
                command.actor().agency()));
    }

    @CommandHandler
    void handle(AcceptReferral command, ConflictResolver conflicts) {
        staleVersionIsAConflict(conflicts);
        caseManagerOnly(command.standing(), "accept a referral");
        undecided(command.referralId(), command.acceptedOn(), command.recordedOn());
        apply(new ReferralAccepted(familyId, command.referralId(), command.acceptedOn()));
        if (!open) {
            apply(
                    closed
                            ? new CaseReopened(familyId, "A new referral was accepted", command.acceptedOn())
                            : new CaseOpened(familyId, command.acceptedOn()));
        }
        if (command.allocatedTo() != null
                && !team.containsKey(command.allocatedTo().userId())) {
            apply(new KeyworkerJoinedTeam(familyId, command.allocatedTo(), command.acceptedOn()));
        }
    }

    @CommandHandler
    void handle(DeclineReferral command, ConflictResolver conflicts) {
        staleVersionIsAConflict(conflicts);
        caseManagerOnly(command.standing(), "decline a referral");
        undecided(command.referralId(), command.declinedOn(), command.recordedOn());
        reasonGiven(command.reason());
        apply(new ReferralDeclined(
                familyId, command.referralId(), command.reason().strip(), command.declinedOn()));
    }

    @CommandHandler
    void handle(JoinTeam command, ConflictResolver conflicts) {
        staleVersionIsAConflict(conflicts);
        leadOrCaseManager(command.actor(), command.standing(), "add someone to the team");
        openCase();
        notAfter(command.joinedOn(), command.recordedOn());
        if (team.containsKey(command.member().userId())) {
            throw new AlreadyOnTeam();
        }
        apply(new KeyworkerJoinedTeam(familyId, command.member(), command.joinedOn()));
    }

    @CommandHandler
    void handle(LeaveTeam command, ConflictResolver conflicts) {
        staleVersionIsAConflict(conflicts);
        if (!command.actor().userId().equals(command.userId())) {
            leadOrCaseManager(command.actor(), command.standing(), "take someone else off the team");
        }
        notAfter(command.leftOn(), command.recordedOn());
        if (!team.containsKey(command.userId())) {
            throw new NotOnTeam();
        }
        if (lead != null && lead.userId().equals(command.userId())) {
            throw new LeadMustHandOverFirst();
        }
        apply(new KeyworkerLeftTeam(familyId, command.userId(), command.leftOn()));
    }

    @CommandHandler
    void handle(RequestToJoinTeam command) {
        openCase();
        notAfter(command.requestedOn(), command.recordedOn());
        String userId = command.requester().userId();
        if (team.containsKey(userId)) {
            throw new AlreadyOnTeam();
        }
        if (joinRequests.containsKey(userId)) {
            throw new JoinAlreadyRequested();
        }
        reasonGiven(command.reason());
        apply(new TeamJoinRequested(
                familyId, command.requester(), command.reason().strip(), command.requestedOn()));
    }

    @CommandHandler
    void handle(ApproveTeamJoinRequest command, ConflictResolver conflicts) {
        staleVersionIsAConflict(conflicts);
        leadOrCaseManager(command.actor(), command.standing(), "decide requests to join the team");
        openCase();
        JoinRequest request = pendingRequest(command.userId(), command.approvedOn(), command.recordedOn());
        apply(new KeyworkerJoinedTeam(familyId, request.requester(), command.approvedOn()));
    }

    @CommandHandler
    void handle(DeclineTeamJoinRequest command, ConflictResolver conflicts) {
        staleVersionIsAConflict(conflicts);
        leadOrCaseManager(command.actor(), command.standing(), "decide requests to join the team");
        pendingRequest(command.userId(), command.declinedOn(), command.recordedOn());
        reasonGiven(command.reason());
        apply(new TeamJoinDeclined(familyId, command.userId(), command.reason().strip(), command.declinedOn()));
    }

    @CommandHandler
    void handle(AppointLeadProfessional command, ConflictResolver conflicts) {
        staleVersionIsAConflict(conflicts);
        caseManagerOnly(command.standing(), "appoint a lead professional");
        openCase();
        notAfter(command.appointedOn(), command.recordedOn());
        if (lead != null) {
            throw new LeadAlreadyAppointed(lead.name());
        }
        apply(new LeadProfessionalAppointed(familyId, teamMember(command.userId()), command.appointedOn()));
    }

    @CommandHandler
    void handle(HandOverLeadProfessional command, ConflictResolver conflicts) {
        staleVersionIsAConflict(conflicts);
        openCase();
        notAfter(command.handedOverOn(), command.recordedOn());
        if (lead == null) {
            throw new NoLeadProfessional();
        }
        if (!leads(command.actor()) && command.standing() != Standing.CASE_MANAGER) {
            throw new LeadOrManagerOnly();
        }
        if (lead.userId().equals(command.toUserId())) {
            throw new SameLeadProfessional();
        }
        TeamMember to = teamMember(command.toUserId());
        if (command.note() == null || command.note().isBlank()) {
            throw new HandoverNoteRequired();
        }
        apply(new LeadProfessionalHandedOver(familyId, lead, to, command.note().strip(), command.handedOverOn()));
    }

    @CommandHandler
    void handle(CompleteAssessment command) {
        worksTheCase(command.actor(), command.standing(), "record an assessment");
        openCase();
        notAfter(command.completedOn(), command.recordedOn());
        Set<NeedDomain> scored =
                command.needs().stream().map(AssessedNeed::domain).collect(Collectors.toSet());
        if (command.needs().size() != NeedDomain.values().length || scored.size() != NeedDomain.values().length) {
            throw new EveryDomainOnce();
        }
        for (AssessedNeed need : command.needs()) {
            if (need.score() < AssessedNeed.NO_NEED || need.score() > AssessedNeed.SEVERE) {
                throw new ScoreOutOfRange(need.score());
            }
        }
        apply(new AssessmentCompleted(familyId, command.assessmentId(), command.needs(), command.completedOn()));
    }

    @CommandHandler
    void handle(AgreeSupportPlan command, ConflictResolver conflicts) {
        staleVersionIsAConflict(conflicts);
        worksTheCase(command.actor(), command.standing(), "agree a support plan");
        openCase();
        notAfter(command.agreedOn(), command.recordedOn());
        if (assessedNeeds.isEmpty()) {
            throw new NoAssessment();
        }
        Set<GoalId> goals = command.goals().stream().map(Goal::goalId).collect(Collectors.toSet());
        Set<GoalId> goalsWithActions =
                command.actions().stream().map(PlanAction::goalId).collect(Collectors.toSet());
        if (goals.isEmpty() || !goalsWithActions.containsAll(goals)) {
            throw new PlanNeedsGoals();
        }
        for (Goal goal : command.goals()) {
            if (assessedNeeds.getOrDefault(goal.need(), AssessedNeed.NO_NEED) == AssessedNeed.NO_NEED) {
                throw new GoalForNeedNotAssessed(goal.need());
            }
        }
        actionsFor(goals, command.actions());
        if (!command.nextReviewOn().isAfter(command.agreedOn())) {
            throw new NextReviewNotLater(command.nextReviewOn(), command.agreedOn());
        }
        apply(new SupportPlanAgreed(
                familyId,
                command.planId(),
                command.goals(),
                command.actions(),
                command.nextReviewOn(),
                command.agreedOn()));
    }

    @CommandHandler
    void handle(RecordFamilyAgreement command) {
        worksTheCase(command.actor(), command.standing(), "record the family's agreement to a plan");
        notAfter(command.agreedOn(), command.recordedOn());
        if (!command.planId().equals(currentPlan)) {
            throw new NotTheCurrentPlan();
        }
        if (familyAgreedToCurrentPlan) {
            throw new PlanAlreadyAgreed();
        }
        reasonGiven(command.agreedBy());
        apply(new FamilyAgreedToPlan(
                familyId, command.planId(), command.agreedBy().strip(), command.agreedOn()));
    }

    @CommandHandler
    void handle(CompletePlanAction command) {
        worksTheCase(command.actor(), command.standing(), "mark a plan action done");
        openCase();
        notAfter(command.completedOn(), command.recordedOn());
        Boolean done = actionsDone.get(command.actionId());
        if (done == null) {
            throw new UnknownAction();
        }
        if (done) {
            throw new ActionAlreadyDone();
        }
        apply(new PlanActionCompleted(familyId, command.actionId(), command.completedOn()));
    }

    @CommandHandler
    void handle(HoldReview command) {
        worksTheCase(command.actor(), command.standing(), "record a review");
        openCase();
        notAfter(command.heldOn(), command.recordedOn());
        if (reviews.contains(command.reviewId())) {
            throw new ReviewAlreadyRecorded();
        }
        if (command.nextReviewOn() != null && !command.nextReviewOn().isAfter(command.heldOn())) {
            throw new NextReviewNotLater(command.nextReviewOn(), command.heldOn());
        }
        reasonGiven(command.notes());
        apply(new ReviewHeld(
                familyId, command.reviewId(), command.heldOn(), command.notes().strip(), command.nextReviewOn()));
    }

    @CommandHandler
    void handle(HoldCaseConference command) {
        leadOrCaseManager(command.actor(), command.standing(), "record a case conference");
        openCase();
        notAfter(command.heldOn(), command.recordedOn());
        if (conferences.contains(command.conferenceId())) {
            throw new ConferenceAlreadyRecorded();
        }
        if (command.attendees().isEmpty()) {
            throw new ConferenceWithoutAgencies();
        }
        List<String> decisions = command.decisions().stream()
                .filter(decision -> decision != null && !decision.isBlank())
                .map(String::strip)
                .toList();
        if (decisions.isEmpty()) {
            throw new DecisionsRequired();
        }
        TeamMember agreedLead = null;
        if (command.leadProfessionalAgreed() != null) {
            agreedLead = teamMember(command.leadProfessionalAgreed());
            if (lead != null && !lead.userId().equals(agreedLead.userId())) {
                throw new AnotherLeadInPost(lead.name());
            }
        }
        if (!command.actions().isEmpty()) {
            if (currentPlan == null) {
                throw new NoPlanForActions();
            }
            actionsForThePlan(command.actions());
        }
        apply(new CaseConferenceHeld(
                familyId,
                command.conferenceId(),
                command.kind(),
                command.heldOn(),
                command.attendees(),
                blankToNull(command.familyPresent()),
                decisions,
                agreedLead));
        if (!command.actions().isEmpty()) {
            apply(new PlanActionsAdded(
                    familyId, currentPlan, command.actions(), command.heldOn(), command.conferenceId()));
        }
        if (agreedLead != null && lead == null) {
            apply(new LeadProfessionalAppointed(familyId, agreedLead, command.heldOn()));
        }
    }

    @CommandHandler
    void handle(ProposeTransfer command, ConflictResolver conflicts) {
        staleVersionIsAConflict(conflicts);
        openCase();
        notAfter(command.proposedOn(), command.recordedOn());
        if (lead == null) {
            throw new NoLeadProfessional();
        }
        leadOrCaseManager(command.actor(), command.standing(), "propose a transfer");
        if (transfer != null) {
            throw new TransferAlreadyProposed();
        }
        if (command.proposedLead().agency().equals(lead.agency())) {
            throw new TransferWithinTheAgency();
        }
        reasonGiven(command.reason());
        apply(new CaseTransferProposed(
                familyId,
                command.transferId(),
                lead,
                command.proposedLead(),
                command.reason().strip(),
                command.proposedOn()));
    }

    @CommandHandler
    void handle(AcceptTransfer command, ConflictResolver conflicts) {
        staleVersionIsAConflict(conflicts);
        // a transfer awaits only on an open case: closing withdraws it
        PendingTransfer pending = pendingTransfer(command.transferId(), command.actor());
        notAfter(command.acceptedOn(), command.recordedOn());
        if (command.acceptedOn().isBefore(pending.proposedOn())) {
            throw new DecidedBeforeProposed(command.acceptedOn(), pending.proposedOn());
        }
        TeamMember newLead = command.newLead() != null ? command.newLead() : pending.proposedLead();
        if (!newLead.agency().equals(pending.proposedLead().agency())) {
            throw new NewLeadOfAnotherAgency();
        }
        TeamMember from = lead;
        apply(new CaseTransferAccepted(
                familyId, command.transferId(), newLead, command.actor().name(), command.acceptedOn()));
        if (!team.containsKey(newLead.userId())) {
            apply(new KeyworkerJoinedTeam(familyId, newLead, command.acceptedOn()));
        }
        TeamMember joined = team.get(newLead.userId());
        String note = "Transferred to " + newLead.agencyName() + ": " + pending.reason();
        if (from == null) {
            apply(new LeadProfessionalAppointed(familyId, joined, command.acceptedOn()));
        } else if (!from.userId().equals(joined.userId())) {
            apply(new LeadProfessionalHandedOver(familyId, from, joined, note, command.acceptedOn()));
        }
    }

    @CommandHandler
    void handle(DeclineTransfer command) {
        PendingTransfer pending = pendingTransfer(command.transferId(), command.actor());
        notAfter(command.declinedOn(), command.recordedOn());
        if (command.declinedOn().isBefore(pending.proposedOn())) {
            throw new DecidedBeforeProposed(command.declinedOn(), pending.proposedOn());
        }
        reasonGiven(command.reason());
        apply(new CaseTransferDeclined(
                familyId,
                command.transferId(),
                command.reason().strip(),
                command.actor().name(),
                command.declinedOn()));
    }

    @CommandHandler
    void handle(FollowUpDisengagement command) {
        worksTheCase(command.actor(), command.standing(), "record a follow-up");
        openCase();
        notAfter(command.followedUpOn(), command.recordedOn());
        reasonGiven(command.note());
        apply(new DisengagementFollowedUp(familyId, command.note().strip(), command.followedUpOn()));
    }

    @CommandHandler
    void handle(CloseCase command, ConflictResolver conflicts) {
        staleVersionIsAConflict(conflicts);
        worksTheCase(command.actor(), command.standing(), "close the case");
        openCase();
        notAfter(command.closedOn(), command.recordedOn());
        reasonGiven(command.outcomeSummary());
        int openActions =
                (int) actionsDone.values().stream().filter(done -> !done).count();
        if (openActions > 0 && !command.overrideOpenActions()) {
            throw new OpenActionsRemain(openActions);
        }
        if (openActions > 0) {
            caseManagerOnly(command.standing(), "close a case with open actions");
        }
        TeamMember leading = lead;
        apply(new CaseClosed(
                familyId, command.reason(), command.outcomeSummary().strip(), command.closedOn(), openActions > 0));
        if (leading != null) {
            apply(new LeadProfessionalAppointmentEnded(familyId, leading, command.closedOn()));
        }
    }

    @CommandHandler
    void handle(ReopenCase command, ConflictResolver conflicts) {
        staleVersionIsAConflict(conflicts);
        leadOrCaseManager(command.actor(), command.standing(), "reopen a closed case");
        if (!closed || open) {
            throw new CaseNotClosed();
        }
        notAfter(command.reopenedOn(), command.recordedOn());
        reasonGiven(command.reason());
        apply(new CaseReopened(familyId, command.reason().strip(), command.reopenedOn()));
    }

    /**
     * A change made on a stale version of the family is a conflict (409) before it is anything else:
     * the user decided on what they saw, which is no longer the family as it is.
     */
    private static void staleVersionIsAConflict(ConflictResolver conflicts) {
        conflicts.detectConflicts(unseenEvents -> !unseenEvents.isEmpty());
    }

    /** Each action is for one of the goals, and owned by an agency on the team. */
    private void actionsFor(Set<GoalId> goals, List<PlanAction> actions) {
        Set<AgencyId> teamAgencies =
                team.values().stream().map(TeamMember::agency).collect(Collectors.toSet());
        for (PlanAction action : actions) {
            if (!goals.contains(action.goalId())) {
                throw new ActionForUnknownGoal();
            }
            if (!teamAgencies.contains(action.ownerAgency())) {
                throw new ActionOwnerNotOnTeam();
            }
        }
    }

    private void actionsForThePlan(List<PlanAction> actions) {
        actionsFor(planGoals, actions);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * The transfer awaiting a decision, which only a team manager of the receiving agency decides (their agency and
     * role from their sign-in).
     */
    private PendingTransfer pendingTransfer(TransferId transferId, Actor actor) {
        if (transfer == null || !transfer.transferId().equals(transferId)) {
            throw new NoSuchTransfer();
        }
        if (!actor.hasRole(Role.TEAM_MANAGER)
                || !actor.agency().equals(transfer.proposedLead().agency())) {
            throw new ReceivingManagersOnly();
        }
        return transfer;
    }

    private void openCase() {
        if (!open) {
            throw new CaseNotOpen();
        }
    }

    private void undecided(ReferralId referralId, LocalDate decidedOn, LocalDate today) {
        notAfter(decidedOn, today);
        Referral referral = referrals.get(referralId);
        if (referral == null) {
            throw new UnknownReferral();
        }
        if (referral.decided()) {
            throw new ReferralAlreadyDecided();
        }
        if (decidedOn.isBefore(referral.receivedOn())) {
            throw new DecidedBeforeReceived(decidedOn, referral.receivedOn());
        }
    }

    private JoinRequest pendingRequest(String userId, LocalDate decidedOn, LocalDate today) {
        notAfter(decidedOn, today);
        JoinRequest request = joinRequests.get(userId);
        if (request == null) {
            throw new NoJoinRequest();
        }
        if (decidedOn.isBefore(request.requestedOn())) {
            throw new DecidedBeforeRequested(decidedOn, request.requestedOn());
        }
        return request;
    }

    private boolean leads(Actor actor) {
        return lead != null && lead.userId().equals(actor.userId());
    }

    /** The lead professional, as this family knows, or a case manager, as the adapter found. */
    private void leadOrCaseManager(Actor actor, Standing standing, String what) {
        if (!leads(actor) && standing != Standing.CASE_MANAGER) {
            throw new LeadOrManagerOnly(what);
        }
    }

    /**
     * The household opens its members' records to the team: it changes by the lead or a case manager,
     * and by the registering agency while the family is being put together, before its case first opens.
     */
    private void mayChangeHousehold(Actor actor, Standing standing) {
        boolean beingPutTogether = !open && !closed && standing == Standing.REGISTERING_AGENCY;
        if (!beingPutTogether) {
            leadOrCaseManager(actor, standing, "change who is in the household");
        }
    }

    private TeamMember teamMember(String userId) {
        TeamMember member = team.get(userId);
        if (member == null) {
            throw new NotOnTeam();
        }
        return member;
    }

    /** A team manager of an agency involved in the case, as the adapter found. */
    private static void caseManagerOnly(Standing standing, String what) {
        if (standing != Standing.CASE_MANAGER) {
            throw new ManagersOnly(what);
        }
    }

    /**
     * The family's casework is done by those who work the case: its team (the lead professional among
     * them) and the team managers of the agencies involved. Anyone else may refer the family or ask to
     * join its team, not decide for it.
     */
    private void worksTheCase(Actor actor, Standing standing, String what) {
        if (!team.containsKey(actor.userId()) && standing != Standing.CASE_MANAGER) {
            throw new NotWorkingTheCase(what);
        }
    }

    private static void notAfter(LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new DatedInFuture(date);
        }
    }

    private static void reasonGiven(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReasonRequired();
        }
    }

    /** Carries out an approved erasure; erasing an erased record again changes nothing. */
    @CommandHandler
    void handle(EraseFamily command) {
        if (!erased) {
            apply(new FamilyErased(familyId, command.erasureId()));
        }
    }

    /** Every command but the erasure itself is refused once the record is erased (410). */
    @CommandHandlerInterceptor
    void refuseOnceErased(Object command) {
        if (erased && !(command instanceof EraseFamily)) {
            throw new RecordErased();
        }
    }

    @EventSourcingHandler
    void on(FamilyRegistered event) {
        familyId = event.familyId();
    }

    @EventSourcingHandler
    void on(FamilyMemberJoined event) {
        members.put(event.personId(), event.joinedOn());
    }

    @EventSourcingHandler
    void on(FamilyMemberLeft event) {
        members.remove(event.personId());
    }

    @EventSourcingHandler
    void on(ReferralReceived event) {
        referrals.put(event.referralId(), new Referral(event.receivedOn(), false));
    }

    @EventSourcingHandler
    void on(ReferralAccepted event) {
        referrals.computeIfPresent(event.referralId(), (id, referral) -> referral.decide());
    }

    @EventSourcingHandler
    void on(ReferralDeclined event) {
        referrals.computeIfPresent(event.referralId(), (id, referral) -> referral.decide());
    }

    @EventSourcingHandler
    void on(CaseOpened event) {
        open = true;
    }

    @EventSourcingHandler
    void on(CaseReopened event) {
        open = true;
        closed = false;
    }

    /** Closing ends the lead professional's appointment, also in histories recorded before that was an event. */
    @EventSourcingHandler
    void on(CaseClosed event) {
        open = false;
        closed = true;
        lead = null;
        // closing withdraws a transfer awaiting a decision
        transfer = null;
    }

    @EventSourcingHandler
    void on(KeyworkerJoinedTeam event) {
        team.put(event.member().userId(), event.member());
        joinRequests.remove(event.member().userId());
    }

    @EventSourcingHandler
    void on(TeamJoinRequested event) {
        joinRequests.put(event.requester().userId(), new JoinRequest(event.requester(), event.requestedOn()));
    }

    @EventSourcingHandler
    void on(TeamJoinDeclined event) {
        joinRequests.remove(event.userId());
    }

    @EventSourcingHandler
    void on(KeyworkerLeftTeam event) {
        team.remove(event.userId());
    }

    @EventSourcingHandler
    void on(LeadProfessionalAppointed event) {
        lead = event.lead();
    }

    @EventSourcingHandler
    void on(LeadProfessionalHandedOver event) {
        lead = event.to();
    }

    @EventSourcingHandler
    void on(LeadProfessionalAppointmentEnded event) {
        lead = null;
    }

    @EventSourcingHandler
    void on(AssessmentCompleted event) {
        assessedNeeds.clear();
        event.needs().forEach(need -> assessedNeeds.put(need.domain(), need.score()));
    }

    @EventSourcingHandler
    void on(SupportPlanAgreed event) {
        currentPlan = event.planId();
        familyAgreedToCurrentPlan = false;
        planGoals.clear();
        event.goals().forEach(goal -> planGoals.add(goal.goalId()));
        actionsDone.clear();
        event.actions().forEach(action -> actionsDone.put(action.actionId(), false));
    }

    @EventSourcingHandler
    void on(FamilyAgreedToPlan event) {
        familyAgreedToCurrentPlan = true;
    }

    @EventSourcingHandler
    void on(PlanActionCompleted event) {
        actionsDone.put(event.actionId(), true);
    }

    @EventSourcingHandler
    void on(ReviewHeld event) {
        reviews.add(event.reviewId());
    }

    @EventSourcingHandler
    void on(CaseConferenceHeld event) {
        conferences.add(event.conferenceId());
    }

    @EventSourcingHandler
    void on(CaseTransferProposed event) {
        transfer = new PendingTransfer(event.transferId(), event.proposedLead(), event.reason(), event.proposedOn());
    }

    @EventSourcingHandler
    void on(CaseTransferAccepted event) {
        transfer = null;
    }

    @EventSourcingHandler
    void on(CaseTransferDeclined event) {
        transfer = null;
    }

    @EventSourcingHandler
    void on(PlanActionsAdded event) {
        event.actions().forEach(action -> actionsDone.put(action.actionId(), false));
    }

    /** A transfer to another agency awaiting its decision. */
    private record PendingTransfer(
            TransferId transferId, TeamMember proposedLead, String reason, LocalDate proposedOn) {}

    /** A request to join the team awaiting a decision. */
    private record JoinRequest(TeamMember requester, LocalDate requestedOn) {}

    /** What the aggregate remembers of a referral. */
    private record Referral(LocalDate receivedOn, boolean decided) {

        Referral decide() {
            return new Referral(receivedOn, true);
        }
    }

    @EventSourcingHandler
    void on(FamilyErased event) {
        erased = true;
    }

    /** An event whose key is destroyed: the record is erased, even if the erasure's own event were missing. */
    @EventSourcingHandler
    void on(ErasedEvent event, @SourceId String identifier) {
        if (familyId == null) {
            familyId = new FamilyId(identifier);
        }
        erased = true;
    }
}
