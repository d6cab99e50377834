package uk.joinedup.caseservice.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.agreement.api.AgreementId;
import uk.joinedup.caseservice.agreement.api.RegisterSharingAgreement;
import uk.joinedup.caseservice.agreement.api.Terms;
import uk.joinedup.caseservice.budget.api.AllocateFunds;
import uk.joinedup.caseservice.budget.api.BudgetId;
import uk.joinedup.caseservice.budget.api.BudgetStanding;
import uk.joinedup.caseservice.budget.api.CancelCommitment;
import uk.joinedup.caseservice.budget.api.CommitFunds;
import uk.joinedup.caseservice.budget.api.FundingSource;
import uk.joinedup.caseservice.budget.api.Money;
import uk.joinedup.caseservice.budget.api.RecordSpend;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.consent.api.ConsentEvidence;
import uk.joinedup.caseservice.consent.api.ConsentId;
import uk.joinedup.caseservice.consent.api.RecordConsent;
import uk.joinedup.caseservice.consent.api.WithdrawConsent;
import uk.joinedup.caseservice.emergency.api.BreakGlass;
import uk.joinedup.caseservice.emergency.api.OverrideId;
import uk.joinedup.caseservice.emergency.api.OverrideReason;
import uk.joinedup.caseservice.emergency.api.ReviewOverride;
import uk.joinedup.caseservice.family.api.AcceptReferral;
import uk.joinedup.caseservice.family.api.ActionId;
import uk.joinedup.caseservice.family.api.AddFamilyMember;
import uk.joinedup.caseservice.family.api.AgreeSupportPlan;
import uk.joinedup.caseservice.family.api.AppointLeadProfessional;
import uk.joinedup.caseservice.family.api.AssessedNeed;
import uk.joinedup.caseservice.family.api.AssessmentId;
import uk.joinedup.caseservice.family.api.CloseCase;
import uk.joinedup.caseservice.family.api.ClosureReason;
import uk.joinedup.caseservice.family.api.CompleteAssessment;
import uk.joinedup.caseservice.family.api.CompletePlanAction;
import uk.joinedup.caseservice.family.api.ConferenceId;
import uk.joinedup.caseservice.family.api.ConferenceKind;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.Goal;
import uk.joinedup.caseservice.family.api.GoalId;
import uk.joinedup.caseservice.family.api.HandOverLeadProfessional;
import uk.joinedup.caseservice.family.api.HoldCaseConference;
import uk.joinedup.caseservice.family.api.HoldReview;
import uk.joinedup.caseservice.family.api.JoinTeam;
import uk.joinedup.caseservice.family.api.NeedDomain;
import uk.joinedup.caseservice.family.api.PlanAction;
import uk.joinedup.caseservice.family.api.PlanId;
import uk.joinedup.caseservice.family.api.ProposeTransfer;
import uk.joinedup.caseservice.family.api.ReceiveReferral;
import uk.joinedup.caseservice.family.api.RecordFamilyAgreement;
import uk.joinedup.caseservice.family.api.ReferralId;
import uk.joinedup.caseservice.family.api.RegisterFamily;
import uk.joinedup.caseservice.family.api.Relationship;
import uk.joinedup.caseservice.family.api.RequestToJoinTeam;
import uk.joinedup.caseservice.family.api.ReviewId;
import uk.joinedup.caseservice.family.api.RiskFactor;
import uk.joinedup.caseservice.family.api.Standing;
import uk.joinedup.caseservice.family.api.TeamMember;
import uk.joinedup.caseservice.family.api.TransferId;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.RecordAgencyFact;
import uk.joinedup.caseservice.person.api.RegisterPerson;
import uk.joinedup.caseservice.sharing.ConsentGiver;
import uk.joinedup.caseservice.sharing.Purpose;

/** Issues demo commands in practitioners' names, with business dates counted back from today. */
final class DemoScript {

    private final CommandGateway commands;
    private final LocalDate today;
    private int sent;

    DemoScript(CommandGateway commands, LocalDate today) {
        this.commands = commands;
        this.today = today;
    }

    int sent() {
        return sent;
    }

    LocalDate ago(int days) {
        return today.minusDays(days);
    }

    PersonId person(Actor by, PersonDetails details) {
        PersonId personId = new PersonId(UUID.randomUUID().toString());
        send(new RegisterPerson(personId, details, today, by));
        return personId;
    }

    FactId fact(Actor by, PersonId person, int daysAgo, AgencyFact fact) {
        FactId factId = new FactId(UUID.randomUUID().toString());
        send(new RecordAgencyFact(person, factId, fact, ago(daysAgo), today, by));
        return factId;
    }

    FamilyId family(Actor by, String name) {
        FamilyId familyId = new FamilyId(UUID.randomUUID().toString());
        send(new RegisterFamily(familyId, name, by));
        return familyId;
    }

    /** The practitioner who registered the family puts its household together, before its case opens. */
    void member(Actor by, FamilyId family, PersonId person, Relationship relationship, int daysAgo) {
        send(new AddFamilyMember(
                family, null, person, relationship, ago(daysAgo), today, Standing.REGISTERING_AGENCY, by));
    }

    ReferralId refer(Actor by, FamilyId family, String reason, Set<RiskFactor> risks, int daysAgo) {
        ReferralId referralId = new ReferralId(UUID.randomUUID().toString());
        send(new ReceiveReferral(family, referralId, reason, risks, ago(daysAgo), today, by));
        return referralId;
    }

    void accept(Actor manager, FamilyId family, ReferralId referral, TeamMember allocated, int daysAgo) {
        send(new AcceptReferral(
                family, null, referral, allocated, ago(daysAgo), today, Standing.CASE_MANAGER, manager));
    }

    /** The lead professional adds a colleague to the team. */
    void join(Actor lead, FamilyId family, TeamMember member, int daysAgo) {
        send(new JoinTeam(family, null, member, ago(daysAgo), today, Standing.NONE, lead));
    }

    /** A practitioner asks to join the team; the request waits for the lead professional's decision. */
    void askToJoin(Actor by, FamilyId family, String role, String contact, String reason, int daysAgo) {
        TeamMember requester = new TeamMember(by.userId(), by.name(), by.agency(), by.agencyName(), role, contact);
        send(new RequestToJoinTeam(family, requester, reason, ago(daysAgo), today, by));
    }

    void appointLead(Actor manager, FamilyId family, String userId, int daysAgo) {
        send(new AppointLeadProfessional(family, null, userId, ago(daysAgo), today, Standing.CASE_MANAGER, manager));
    }

    void handOver(Actor by, FamilyId family, String toUserId, String note, int daysAgo) {
        send(new HandOverLeadProfessional(family, null, toUserId, note, ago(daysAgo), today, Standing.NONE, by));
    }

    /** Scores in {@link NeedDomain} order: family, education, offending, work, health, housing, money. */
    void assess(Actor by, FamilyId family, int daysAgo, int[] scores, String... evidence) {
        List<AssessedNeed> needs = new ArrayList<>();
        NeedDomain[] domains = NeedDomain.values();
        for (int i = 0; i < domains.length; i++) {
            needs.add(new AssessedNeed(domains[i], scores[i], evidence[i]));
        }
        send(new CompleteAssessment(
                family, new AssessmentId(UUID.randomUUID().toString()), needs, ago(daysAgo), today, Standing.NONE, by));
    }

    /** A plan being drafted: goals, each with its actions. */
    Plan plan(FamilyId family) {
        return new Plan(family);
    }

    void review(Actor by, FamilyId family, int daysAgo, String notes, int nextReviewInDays) {
        send(new HoldReview(
                family,
                new ReviewId(UUID.randomUUID().toString()),
                ago(daysAgo),
                notes,
                today.plusDays(nextReviewInDays),
                today,
                Standing.NONE,
                by));
    }

    /** A team manager closes the case, its plan's actions (if any) all done. */
    void close(Actor manager, FamilyId family, ClosureReason reason, String outcome, int daysAgo) {
        send(new CloseCase(family, null, reason, outcome, ago(daysAgo), false, today, Standing.CASE_MANAGER, manager));
    }

    void complete(Actor by, FamilyId family, ActionId action, int daysAgo) {
        send(new CompletePlanAction(family, action, ago(daysAgo), today, Standing.NONE, by));
    }

    /** Records a person's consent to share, given {@code daysAgo}, lasting until {@code daysAhead} from today. */
    ConsentId consent(
            Actor by,
            PersonId person,
            ConsentGiver givenBy,
            String giverName,
            Set<AgencyId> recipients,
            Set<InformationCategory> categories,
            int daysAgo,
            int daysAhead,
            ConsentEvidence evidence,
            String evidenceNote) {
        return consent(
                by,
                person,
                givenBy,
                giverName,
                recipients,
                categories,
                Purpose.FAMILY_SUPPORT,
                daysAgo,
                daysAhead,
                evidence,
                evidenceNote);
    }

    /** Records a person's consent to share for a purpose, given {@code daysAgo}, until {@code daysAhead}. */
    ConsentId consent(
            Actor by,
            PersonId person,
            ConsentGiver givenBy,
            String giverName,
            Set<AgencyId> recipients,
            Set<InformationCategory> categories,
            Purpose purpose,
            int daysAgo,
            int daysAhead,
            ConsentEvidence evidence,
            String evidenceNote) {
        ConsentId consentId = new ConsentId(UUID.randomUUID().toString());
        send(new RecordConsent(
                consentId,
                person,
                givenBy,
                giverName,
                recipients,
                categories,
                purpose,
                ago(daysAgo),
                today.plusDays(daysAhead),
                evidence,
                evidenceNote,
                today,
                by));
        return consentId;
    }

    void withdraw(Actor by, PersonId person, ConsentId consent, int daysAgo, String reason) {
        send(new WithdrawConsent(consent, person, ago(daysAgo), reason, today, by));
    }

    void agreement(Actor officer, Terms terms) {
        send(new RegisterSharingAgreement(new AgreementId(UUID.randomUUID().toString()), terms, officer));
    }

    /** A practitioner opened a person's record in an emergency at 02:10 {@code daysAgo}; an officer reviewed it. */
    void brokeGlass(
            Actor by,
            PersonId person,
            OverrideReason reason,
            String explanation,
            Set<AgencyId> opened,
            int daysAgo,
            Actor reviewer,
            String reviewNote) {
        OverrideId overrideId = new OverrideId(UUID.randomUUID().toString());
        Instant from =
                ago(daysAgo).atTime(2, 10).atZone(ZoneId.of("Europe/London")).toInstant();
        send(new BreakGlass(
                overrideId, person, reason, explanation, opened, from, from.plus(Duration.ofHours(24)), by));
        send(new ReviewOverride(overrideId, true, reviewNote, reviewer));
    }

    private void send(Object command) {
        commands.sendAndWait(command);
        sent++;
    }

    /** A case conference about the family, recorded by its lead professional; its actions join the current plan. */
    void conference(
            Actor lead,
            FamilyId family,
            int daysAgo,
            List<TeamMember> attendees,
            String familyPresent,
            List<String> decisions,
            List<PlanAction> actionsArising) {
        send(new HoldCaseConference(
                family,
                new ConferenceId(UUID.randomUUID().toString()),
                ConferenceKind.CASE_CONFERENCE,
                ago(daysAgo),
                attendees,
                familyPresent,
                decisions,
                lead.userId(),
                actionsArising,
                today,
                Standing.NONE,
                lead));
    }

    /** The lead professional proposes moving the case to another agency's practitioner; it awaits their decision. */
    void proposeTransfer(Actor lead, FamilyId family, TeamMember to, String reason, int daysAgo) {
        send(new ProposeTransfer(
                family,
                null,
                new TransferId(UUID.randomUUID().toString()),
                to,
                reason,
                ago(daysAgo),
                today,
                Standing.NONE,
                lead));
    }

    /** An action of a plan's goal, owned by a practitioner's agency, due so many days from today. */
    PlanAction action(GoalId goal, String description, Actor owner, int dueInDays) {
        return new PlanAction(
                new ActionId(UUID.randomUUID().toString()),
                goal,
                description,
                owner.agency(),
                owner.name(),
                today.plusDays(dueInDays));
    }

    /** A family's budget, changed in the names of a team manager of its case and its lead professional. */
    Budget budget(FamilyId family, Actor manager, Actor lead) {
        return new Budget(BudgetId.of(family), family, manager, lead);
    }

    /** Allocations, commitments, spend and cancellations of one family's budget; amounts in whole pounds. */
    final class Budget {

        /** The default approval limit (configuration: {@code joinedup.budget.approval-limit-pounds}). */
        private static final Money APPROVAL_LIMIT = Money.pounds(BigDecimal.valueOf(5000));

        private final BudgetId budget;
        private final FamilyId family;
        private final Actor manager;
        private final Actor lead;

        private Budget(BudgetId budget, FamilyId family, Actor manager, Actor lead) {
            this.budget = budget;
            this.family = family;
            this.manager = manager;
            this.lead = lead;
        }

        /** @return the allocation's id */
        String allocate(FundingSource source, long pounds, int fromDaysAgo, int untilInDays) {
            String allocationId = UUID.randomUUID().toString();
            send(new AllocateFunds(
                    budget,
                    family,
                    allocationId,
                    source,
                    Money.pounds(BigDecimal.valueOf(pounds)),
                    ago(fromDaysAgo),
                    today.plusDays(untilInDays),
                    APPROVAL_LIMIT,
                    today,
                    BudgetStanding.CASE_MANAGER,
                    manager));
            return allocationId;
        }

        /** @return the commitment's id */
        String commission(String allocationId, String provider, String purpose, GoalId goal, long pounds, int daysAgo) {
            String commitmentId = UUID.randomUUID().toString();
            send(new CommitFunds(
                    budget,
                    commitmentId,
                    allocationId,
                    provider,
                    purpose,
                    goal.value(),
                    Money.pounds(BigDecimal.valueOf(pounds)),
                    ago(daysAgo),
                    today,
                    BudgetStanding.LEAD_PROFESSIONAL,
                    lead));
            return commitmentId;
        }

        void spend(String commitmentId, long pounds, int daysAgo) {
            send(new RecordSpend(
                    budget,
                    commitmentId,
                    UUID.randomUUID().toString(),
                    Money.pounds(BigDecimal.valueOf(pounds)),
                    ago(daysAgo),
                    today,
                    BudgetStanding.LEAD_PROFESSIONAL,
                    lead));
        }

        void cancel(String commitmentId, String reason, int daysAgo) {
            send(new CancelCommitment(
                    budget, commitmentId, reason, ago(daysAgo), today, BudgetStanding.LEAD_PROFESSIONAL, lead));
        }
    }

    /** Goals and actions of a plan, agreed when {@link #agree} is called. */
    final class Plan {

        private final FamilyId family;
        private final List<Goal> goals = new ArrayList<>();
        private final List<PlanAction> actions = new ArrayList<>();
        private GoalId currentGoal;

        private Plan(FamilyId family) {
            this.family = family;
        }

        /** The goals so far, in the order given. */
        List<GoalId> goalIds() {
            return goals.stream().map(Goal::goalId).toList();
        }

        Plan goal(NeedDomain need, String description) {
            currentGoal = new GoalId(UUID.randomUUID().toString());
            goals.add(new Goal(currentGoal, need, description));
            return this;
        }

        /** Adds an action to the last goal; its id is appended to {@code ids}. */
        Plan action(String description, Actor owner, int dueInDays, List<ActionId> ids) {
            ActionId actionId = new ActionId(UUID.randomUUID().toString());
            actions.add(new PlanAction(
                    actionId, currentGoal, description, owner.agency(), owner.name(), today.plusDays(dueInDays)));
            ids.add(actionId);
            return this;
        }

        PlanId agree(Actor by, int daysAgo, int nextReviewInDays, String familyAgreedBy) {
            PlanId planId = new PlanId(UUID.randomUUID().toString());
            send(new AgreeSupportPlan(
                    family,
                    null,
                    planId,
                    goals,
                    actions,
                    today.plusDays(nextReviewInDays),
                    ago(daysAgo),
                    today,
                    Standing.NONE,
                    by));
            if (familyAgreedBy != null) {
                send(new RecordFamilyAgreement(family, planId, familyAgreedBy, ago(daysAgo), today, Standing.NONE, by));
            }
            return planId;
        }
    }
}
