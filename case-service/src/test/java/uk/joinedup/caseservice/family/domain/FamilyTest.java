package uk.joinedup.caseservice.family.domain;

import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;
import static uk.joinedup.caseservice.agency.Actors.policeManager;
import static uk.joinedup.caseservice.agency.Actors.policeOfficer;
import static uk.joinedup.caseservice.family.FamilyFixtures.CLUB;
import static uk.joinedup.caseservice.family.FamilyFixtures.LIAM;
import static uk.joinedup.caseservice.family.FamilyFixtures.PLAN;
import static uk.joinedup.caseservice.family.FamilyFixtures.REFERRAL;
import static uk.joinedup.caseservice.family.FamilyFixtures.ROUTINE;
import static uk.joinedup.caseservice.family.FamilyFixtures.SCHOOL;
import static uk.joinedup.caseservice.family.FamilyFixtures.STEPHEN;
import static uk.joinedup.caseservice.family.FamilyFixtures.TODAY;
import static uk.joinedup.caseservice.family.FamilyFixtures.WALKERS;
import static uk.joinedup.caseservice.family.FamilyFixtures.actions;
import static uk.joinedup.caseservice.family.FamilyFixtures.assessed;
import static uk.joinedup.caseservice.family.FamilyFixtures.goals;
import static uk.joinedup.caseservice.family.FamilyFixtures.joined;
import static uk.joinedup.caseservice.family.FamilyFixtures.ledCase;
import static uk.joinedup.caseservice.family.FamilyFixtures.member;
import static uk.joinedup.caseservice.family.FamilyFixtures.needs;
import static uk.joinedup.caseservice.family.FamilyFixtures.openCase;
import static uk.joinedup.caseservice.family.FamilyFixtures.planned;
import static uk.joinedup.caseservice.family.FamilyFixtures.referred;
import static uk.joinedup.caseservice.family.FamilyFixtures.registered;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.family.api.AcceptReferral;
import uk.joinedup.caseservice.family.api.ActionId;
import uk.joinedup.caseservice.family.api.AddFamilyMember;
import uk.joinedup.caseservice.family.api.AgreeSupportPlan;
import uk.joinedup.caseservice.family.api.AppointLeadProfessional;
import uk.joinedup.caseservice.family.api.ApproveTeamJoinRequest;
import uk.joinedup.caseservice.family.api.AssessedNeed;
import uk.joinedup.caseservice.family.api.AssessmentCompleted;
import uk.joinedup.caseservice.family.api.AssessmentId;
import uk.joinedup.caseservice.family.api.CaseClosed;
import uk.joinedup.caseservice.family.api.CaseOpened;
import uk.joinedup.caseservice.family.api.CaseReopened;
import uk.joinedup.caseservice.family.api.CloseCase;
import uk.joinedup.caseservice.family.api.ClosureReason;
import uk.joinedup.caseservice.family.api.CompleteAssessment;
import uk.joinedup.caseservice.family.api.CompletePlanAction;
import uk.joinedup.caseservice.family.api.DeclineReferral;
import uk.joinedup.caseservice.family.api.DeclineTeamJoinRequest;
import uk.joinedup.caseservice.family.api.FamilyAgreedToPlan;
import uk.joinedup.caseservice.family.api.FamilyMemberJoined;
import uk.joinedup.caseservice.family.api.FamilyMemberLeft;
import uk.joinedup.caseservice.family.api.FamilyRegistered;
import uk.joinedup.caseservice.family.api.Goal;
import uk.joinedup.caseservice.family.api.GoalId;
import uk.joinedup.caseservice.family.api.HandOverLeadProfessional;
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
import uk.joinedup.caseservice.family.api.PlanId;
import uk.joinedup.caseservice.family.api.ReceiveReferral;
import uk.joinedup.caseservice.family.api.RecordFamilyAgreement;
import uk.joinedup.caseservice.family.api.ReferralAccepted;
import uk.joinedup.caseservice.family.api.ReferralDeclined;
import uk.joinedup.caseservice.family.api.ReferralId;
import uk.joinedup.caseservice.family.api.ReferralReceived;
import uk.joinedup.caseservice.family.api.RegisterFamily;
import uk.joinedup.caseservice.family.api.Relationship;
import uk.joinedup.caseservice.family.api.RemoveFamilyMember;
import uk.joinedup.caseservice.family.api.ReopenCase;
import uk.joinedup.caseservice.family.api.RequestToJoinTeam;
import uk.joinedup.caseservice.family.api.ReviewHeld;
import uk.joinedup.caseservice.family.api.ReviewId;
import uk.joinedup.caseservice.family.api.RiskFactor;
import uk.joinedup.caseservice.family.api.Standing;
import uk.joinedup.caseservice.family.api.SupportPlanAgreed;
import uk.joinedup.caseservice.family.api.TeamJoinDeclined;
import uk.joinedup.caseservice.family.api.TeamJoinRequested;
import uk.joinedup.caseservice.rules.DatedInFuture;
import uk.joinedup.caseservice.rules.ReasonRequired;

class FamilyTest {

    private FixtureConfiguration<Family> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Family.class);
    }

    @Nested
    class Household {

        @Test
        void registersAFamily() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterFamily(WALKERS, " Walker family ", earlyHelpKeyworker()))
                    .expectEvents(new FamilyRegistered(
                            WALKERS, "Walker family", earlyHelpKeyworker().agency()));
        }

        @Test
        void addsAMemberWithTheirRelationship() {
            fixture.given(registered())
                    .when(new AddFamilyMember(
                            WALKERS,
                            null,
                            LIAM,
                            Relationship.CHILD,
                            TODAY.minusDays(60),
                            TODAY,
                            Standing.REGISTERING_AGENCY,
                            earlyHelpKeyworker()))
                    .expectEvents(new FamilyMemberJoined(WALKERS, LIAM, Relationship.CHILD, TODAY.minusDays(60)));
        }

        @Test
        void refusesToAddSomeoneAlreadyInTheHousehold() {
            fixture.given(registered(), joined(LIAM, Relationship.CHILD))
                    .when(new AddFamilyMember(
                            WALKERS,
                            null,
                            LIAM,
                            Relationship.CHILD,
                            TODAY,
                            TODAY,
                            Standing.REGISTERING_AGENCY,
                            earlyHelpKeyworker()))
                    .expectException(AlreadyAMember.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAJoiningDateAfterToday() {
            fixture.given(registered())
                    .when(new AddFamilyMember(
                            WALKERS,
                            null,
                            LIAM,
                            Relationship.CHILD,
                            TODAY.plusDays(1),
                            TODAY,
                            Standing.REGISTERING_AGENCY,
                            earlyHelpKeyworker()))
                    .expectException(DatedInFuture.class)
                    .expectNoEvents();
        }

        @Test
        void recordsAMemberLeaving() {
            fixture.given(registered(), joined(LIAM, Relationship.CHILD))
                    .when(new RemoveFamilyMember(
                            WALKERS,
                            null,
                            LIAM,
                            TODAY,
                            "Moved to his grandmother's",
                            TODAY,
                            Standing.REGISTERING_AGENCY,
                            earlyHelpKeyworker()))
                    .expectEvents(new FamilyMemberLeft(WALKERS, LIAM, TODAY, "Moved to his grandmother's"));
        }

        @Test
        void allowsAFormerMemberToRejoin() {
            fixture.given(
                            registered(),
                            joined(LIAM, Relationship.CHILD),
                            new FamilyMemberLeft(WALKERS, LIAM, TODAY.minusDays(10), "Moved out"))
                    .when(new AddFamilyMember(
                            WALKERS,
                            null,
                            LIAM,
                            Relationship.CHILD,
                            TODAY,
                            TODAY,
                            Standing.REGISTERING_AGENCY,
                            earlyHelpKeyworker()))
                    .expectEvents(new FamilyMemberJoined(WALKERS, LIAM, Relationship.CHILD, TODAY));
        }

        @Test
        void refusesToRemoveSomeoneNotInTheHousehold() {
            fixture.given(registered())
                    .when(new RemoveFamilyMember(
                            WALKERS,
                            null,
                            LIAM,
                            TODAY,
                            "Moved",
                            TODAY,
                            Standing.REGISTERING_AGENCY,
                            earlyHelpKeyworker()))
                    .expectException(NotAMember.class)
                    .expectNoEvents();
        }

        @Test
        void refusesALeavingDateBeforeTheyJoined() {
            fixture.given(registered(), joined(LIAM, Relationship.CHILD))
                    .when(new RemoveFamilyMember(
                            WALKERS,
                            null,
                            LIAM,
                            TODAY.minusYears(6),
                            "Moved",
                            TODAY,
                            Standing.REGISTERING_AGENCY,
                            earlyHelpKeyworker()))
                    .expectException(LeftBeforeJoined.class)
                    .expectNoEvents();
        }

        @Test
        void refusesALeavingDateAfterToday() {
            fixture.given(registered(), joined(LIAM, Relationship.CHILD))
                    .when(new RemoveFamilyMember(
                            WALKERS,
                            null,
                            LIAM,
                            TODAY.plusDays(2),
                            "Moving",
                            TODAY,
                            Standing.REGISTERING_AGENCY,
                            earlyHelpKeyworker()))
                    .expectException(DatedInFuture.class)
                    .expectNoEvents();
        }

        @Test
        void refusesALeavingWithoutAReason() {
            fixture.given(registered(), joined(LIAM, Relationship.CHILD))
                    .when(new RemoveFamilyMember(
                            WALKERS, null, LIAM, TODAY, " ", TODAY, Standing.REGISTERING_AGENCY, earlyHelpKeyworker()))
                    .expectException(ReasonRequired.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Referrals {

        @Test
        void receivesAReferralFromTheReferringAgency() {
            fixture.given(registered())
                    .when(new ReceiveReferral(
                            WALKERS,
                            REFERRAL,
                            "Liam is missing school",
                            Set.of(RiskFactor.SCHOOL_ABSENCE_OR_EXCLUSION),
                            TODAY.minusDays(30),
                            TODAY,
                            housingOfficer()))
                    .expectEvents(referred());
        }

        @Test
        void refusesTheSameReferralTwice() {
            fixture.given(registered(), referred())
                    .when(new ReceiveReferral(
                            WALKERS, REFERRAL, "Again", Set.of(RiskFactor.OTHER), TODAY, TODAY, housingOfficer()))
                    .expectException(ReferralAlreadyReceived.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAReferralWithoutAReason() {
            fixture.given(registered())
                    .when(new ReceiveReferral(
                            WALKERS, REFERRAL, "", Set.of(RiskFactor.OTHER), TODAY, TODAY, housingOfficer()))
                    .expectException(ReasonRequired.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAReferralDatedAfterToday() {
            fixture.given(registered())
                    .when(new ReceiveReferral(
                            WALKERS,
                            REFERRAL,
                            "Concern",
                            Set.of(RiskFactor.OTHER),
                            TODAY.plusDays(1),
                            TODAY,
                            housingOfficer()))
                    .expectException(DatedInFuture.class)
                    .expectNoEvents();
        }

        @Test
        void acceptingOpensTheCaseAndAllocatesAKeyworker() {
            fixture.given(registered(), referred())
                    .when(new AcceptReferral(
                            WALKERS,
                            null,
                            REFERRAL,
                            member(earlyHelpKeyworker()),
                            TODAY,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectEvents(
                            new ReferralAccepted(WALKERS, REFERRAL, TODAY),
                            new CaseOpened(WALKERS, TODAY),
                            new KeyworkerJoinedTeam(WALKERS, member(earlyHelpKeyworker()), TODAY));
        }

        @Test
        void acceptingAnotherReferralForAnOpenCaseOnlyRecordsTheDecision() {
            ReferralId second = new ReferralId("referral-2");
            List<Object> given = openCase();
            given.add(new ReferralReceived(
                    WALKERS,
                    second,
                    "Arrears",
                    Set.of(RiskFactor.HOUSING_AT_RISK),
                    TODAY.minusDays(2),
                    housingOfficer().agency()));
            fixture.given(given)
                    .when(new AcceptReferral(
                            WALKERS,
                            null,
                            second,
                            member(earlyHelpKeyworker()),
                            TODAY,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectEvents(new ReferralAccepted(WALKERS, second, TODAY));
        }

        @Test
        void acceptingAReferralForAClosedCaseReopensIt() {
            ReferralId second = new ReferralId("referral-2");
            List<Object> given = openCase();
            given.add(new CaseClosed(WALKERS, ClosureReason.OUTCOMES_ACHIEVED, "Done", TODAY.minusDays(5), false));
            given.add(new ReferralReceived(
                    WALKERS,
                    second,
                    "New concern",
                    Set.of(RiskFactor.OTHER),
                    TODAY.minusDays(1),
                    housingOfficer().agency()));
            fixture.given(given)
                    .when(new AcceptReferral(
                            WALKERS, null, second, null, TODAY, TODAY, Standing.CASE_MANAGER, earlyHelpManager()))
                    .expectEvents(
                            new ReferralAccepted(WALKERS, second, TODAY),
                            new CaseReopened(WALKERS, "A new referral was accepted", TODAY));
        }

        @Test
        void refusesAcceptanceByAnyoneButATeamManager() {
            fixture.given(registered(), referred())
                    .when(new AcceptReferral(
                            WALKERS, null, REFERRAL, null, TODAY, TODAY, Standing.NONE, earlyHelpKeyworker()))
                    .expectException(ManagersOnly.class)
                    .expectNoEvents();
        }

        @Test
        void refusesToAcceptAnUnknownReferral() {
            fixture.given(registered())
                    .when(new AcceptReferral(
                            WALKERS, null, REFERRAL, null, TODAY, TODAY, Standing.CASE_MANAGER, earlyHelpManager()))
                    .expectException(UnknownReferral.class)
                    .expectNoEvents();
        }

        @Test
        void refusesToDecideAReferralTwice() {
            fixture.given(openCase())
                    .when(new DeclineReferral(
                            WALKERS,
                            null,
                            REFERRAL,
                            "Changed my mind",
                            TODAY,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectException(ReferralAlreadyDecided.class)
                    .expectNoEvents();
        }

        @Test
        void refusesToAcceptAReferralThatWasDeclined() {
            fixture.given(
                            registered(),
                            referred(),
                            new ReferralDeclined(WALKERS, REFERRAL, "Below threshold", TODAY.minusDays(1)))
                    .when(new AcceptReferral(
                            WALKERS, null, REFERRAL, null, TODAY, TODAY, Standing.CASE_MANAGER, earlyHelpManager()))
                    .expectException(ReferralAlreadyDecided.class)
                    .expectNoEvents();
        }

        @Test
        void refusesADecisionBeforeTheReferralWasReceived() {
            fixture.given(registered(), referred())
                    .when(new AcceptReferral(
                            WALKERS,
                            null,
                            REFERRAL,
                            null,
                            TODAY.minusDays(31),
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectException(DecidedBeforeReceived.class)
                    .expectNoEvents();
        }

        @Test
        void refusesADecisionDatedAfterToday() {
            fixture.given(registered(), referred())
                    .when(new AcceptReferral(
                            WALKERS,
                            null,
                            REFERRAL,
                            null,
                            TODAY.plusDays(1),
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectException(DatedInFuture.class)
                    .expectNoEvents();
        }

        @Test
        void declinesAReferralSayingWhy() {
            fixture.given(registered(), referred())
                    .when(new DeclineReferral(
                            WALKERS,
                            null,
                            REFERRAL,
                            " Below threshold: universal services ",
                            TODAY,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectEvents(
                            new ReferralDeclined(WALKERS, REFERRAL, "Below threshold: universal services", TODAY));
        }

        @Test
        void refusesToDeclineWithoutAReason() {
            fixture.given(registered(), referred())
                    .when(new DeclineReferral(
                            WALKERS, null, REFERRAL, " ", TODAY, TODAY, Standing.CASE_MANAGER, earlyHelpManager()))
                    .expectException(ReasonRequired.class)
                    .expectNoEvents();
        }

        @Test
        void refusesADeclineByAnyoneButATeamManager() {
            fixture.given(registered(), referred())
                    .when(new DeclineReferral(
                            WALKERS, null, REFERRAL, "No", TODAY, TODAY, Standing.NONE, housingOfficer()))
                    .expectException(ManagersOnly.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class TeamAroundTheFamily {

        @Test
        void addsAKeyworkerToTheTeam() {
            fixture.given(openCase())
                    .when(new JoinTeam(
                            WALKERS,
                            null,
                            member(jobcentreAdviser()),
                            TODAY,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectEvents(new KeyworkerJoinedTeam(WALKERS, member(jobcentreAdviser()), TODAY));
        }

        @Test
        void refusesTeamChangesBeforeTheCaseIsOpen() {
            fixture.given(registered(), referred())
                    .when(new JoinTeam(
                            WALKERS,
                            null,
                            member(jobcentreAdviser()),
                            TODAY,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectException(CaseNotOpen.class)
                    .expectNoEvents();
        }

        @Test
        void refusesSomeoneAlreadyOnTheTeam() {
            fixture.given(openCase())
                    .when(new JoinTeam(
                            WALKERS,
                            null,
                            member(earlyHelpKeyworker()),
                            TODAY,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectException(AlreadyOnTeam.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAJoiningDateAfterToday() {
            fixture.given(openCase())
                    .when(new JoinTeam(
                            WALKERS,
                            null,
                            member(jobcentreAdviser()),
                            TODAY.plusDays(1),
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectException(DatedInFuture.class)
                    .expectNoEvents();
        }

        @Test
        void takesAKeyworkerOffTheTeam() {
            fixture.given(ledCase())
                    .when(new LeaveTeam(
                            WALKERS,
                            null,
                            jobcentreAdviser().userId(),
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            jobcentreAdviser()))
                    .expectEvents(
                            new KeyworkerLeftTeam(WALKERS, jobcentreAdviser().userId(), TODAY));
        }

        @Test
        void refusesToRemoveSomeoneNotOnTheTeam() {
            fixture.given(openCase())
                    .when(new LeaveTeam(
                            WALKERS,
                            null,
                            housingOfficer().userId(),
                            TODAY,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectException(NotOnTeam.class)
                    .expectNoEvents();
        }

        @Test
        void refusesToLetTheLeadProfessionalLeaveBeforeHandingOver() {
            fixture.given(ledCase())
                    .when(new LeaveTeam(
                            WALKERS,
                            null,
                            earlyHelpKeyworker().userId(),
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(LeadMustHandOverFirst.class)
                    .expectNoEvents();
        }

        @Test
        void refusesALeavingDateAfterToday() {
            fixture.given(ledCase())
                    .when(new LeaveTeam(
                            WALKERS,
                            null,
                            jobcentreAdviser().userId(),
                            TODAY.plusDays(1),
                            TODAY,
                            Standing.NONE,
                            jobcentreAdviser()))
                    .expectException(DatedInFuture.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class LeadProfessional {

        @Test
        void aManagerAppointsATeamMember() {
            fixture.given(openCase())
                    .when(new AppointLeadProfessional(
                            WALKERS,
                            null,
                            earlyHelpKeyworker().userId(),
                            TODAY,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectEvents(new LeadProfessionalAppointed(WALKERS, member(earlyHelpKeyworker()), TODAY));
        }

        @Test
        void refusesAnAppointmentByAnyoneButATeamManager() {
            fixture.given(openCase())
                    .when(new AppointLeadProfessional(
                            WALKERS,
                            null,
                            earlyHelpKeyworker().userId(),
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(ManagersOnly.class)
                    .expectNoEvents();
        }

        @Test
        void refusesALeadWhoIsNotOnTheTeam() {
            fixture.given(openCase())
                    .when(new AppointLeadProfessional(
                            WALKERS,
                            null,
                            housingOfficer().userId(),
                            TODAY,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectException(NotOnTeam.class)
                    .expectNoEvents();
        }

        @Test
        void refusesASecondLeadProfessional() {
            fixture.given(ledCase())
                    .when(new AppointLeadProfessional(
                            WALKERS,
                            null,
                            jobcentreAdviser().userId(),
                            TODAY,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectException(LeadAlreadyAppointed.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAnAppointmentBeforeTheCaseIsOpen() {
            fixture.given(registered())
                    .when(new AppointLeadProfessional(
                            WALKERS,
                            null,
                            earlyHelpKeyworker().userId(),
                            TODAY,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectException(CaseNotOpen.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAnAppointmentDatedAfterToday() {
            fixture.given(openCase())
                    .when(new AppointLeadProfessional(
                            WALKERS,
                            null,
                            earlyHelpKeyworker().userId(),
                            TODAY.plusDays(1),
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectException(DatedInFuture.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAnAppointmentOnAStaleVersion() {
            fixture.given(openCase())
                    .when(new AppointLeadProfessional(
                            WALKERS,
                            2L,
                            earlyHelpKeyworker().userId(),
                            TODAY,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectException(ConflictingAggregateVersionException.class)
                    .expectNoEvents();
        }

        @Test
        void aStaleAppointmentIsAConflictEvenWhenTheCaseNowHasALead() {
            // the manager chose Dee on the case as it was before a colleague appointed Sam
            List<Object> given = ledCase();
            long beforeTheAppointment = given.size() - 2;
            fixture.given(given)
                    .when(new AppointLeadProfessional(
                            WALKERS,
                            beforeTheAppointment,
                            jobcentreAdviser().userId(),
                            TODAY,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectException(ConflictingAggregateVersionException.class)
                    .expectNoEvents();
        }

        @Test
        void theLeadHandsOverWithANote() {
            fixture.given(ledCase())
                    .when(new HandOverLeadProfessional(
                            WALKERS,
                            null,
                            jobcentreAdviser().userId(),
                            " Work is the main need now ",
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectEvents(new LeadProfessionalHandedOver(
                            WALKERS,
                            member(earlyHelpKeyworker()),
                            member(jobcentreAdviser()),
                            "Work is the main need now",
                            TODAY));
        }

        @Test
        void aManagerMayHandOverToo() {
            fixture.given(ledCase())
                    .when(new HandOverLeadProfessional(
                            WALKERS,
                            null,
                            jobcentreAdviser().userId(),
                            "Sam is on leave",
                            TODAY,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void refusesAHandoverByAnotherTeamMember() {
            fixture.given(ledCase())
                    .when(new HandOverLeadProfessional(
                            WALKERS,
                            null,
                            jobcentreAdviser().userId(),
                            "Mine now",
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            jobcentreAdviser()))
                    .expectException(LeadOrManagerOnly.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAHandoverWithNoLeadToHandOverFrom() {
            fixture.given(openCase())
                    .when(new HandOverLeadProfessional(
                            WALKERS,
                            null,
                            earlyHelpKeyworker().userId(),
                            "Note",
                            TODAY,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectException(NoLeadProfessional.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAHandoverToTheCurrentLead() {
            fixture.given(ledCase())
                    .when(new HandOverLeadProfessional(
                            WALKERS,
                            null,
                            earlyHelpKeyworker().userId(),
                            "Note",
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(SameLeadProfessional.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAHandoverToSomeoneOffTheTeam() {
            fixture.given(ledCase())
                    .when(new HandOverLeadProfessional(
                            WALKERS,
                            null,
                            housingOfficer().userId(),
                            "Note",
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(NotOnTeam.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAHandoverWithoutANote() {
            fixture.given(ledCase())
                    .when(new HandOverLeadProfessional(
                            WALKERS,
                            null,
                            jobcentreAdviser().userId(),
                            " ",
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(HandoverNoteRequired.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAHandoverDatedAfterToday() {
            fixture.given(ledCase())
                    .when(new HandOverLeadProfessional(
                            WALKERS,
                            null,
                            jobcentreAdviser().userId(),
                            "Note",
                            TODAY.plusDays(1),
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(DatedInFuture.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAHandoverOnAStaleVersion() {
            fixture.given(ledCase())
                    .when(new HandOverLeadProfessional(
                            WALKERS,
                            3L,
                            jobcentreAdviser().userId(),
                            "Note",
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(ConflictingAggregateVersionException.class)
                    .expectNoEvents();
        }

        @Test
        void aStaleHandoverIsAConflictEvenWhenTheActorIsNoLongerTheLead() {
            // Sam decided to hand over while still the lead; a manager handed over to Dee in the meantime
            List<Object> given = ledCase();
            long whileSamLed = given.size() - 1;
            given.add(new LeadProfessionalHandedOver(
                    WALKERS, member(earlyHelpKeyworker()), member(jobcentreAdviser()), "Sam is on leave", TODAY));
            fixture.given(given)
                    .when(new HandOverLeadProfessional(
                            WALKERS,
                            whileSamLed,
                            jobcentreAdviser().userId(),
                            "Work is the main need now",
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(ConflictingAggregateVersionException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAHandoverOnAClosedCase() {
            List<Object> given = ledCase();
            given.add(new CaseClosed(WALKERS, ClosureReason.OUTCOMES_ACHIEVED, "Done", TODAY, false));
            fixture.given(given)
                    .when(new HandOverLeadProfessional(
                            WALKERS,
                            null,
                            jobcentreAdviser().userId(),
                            "Note",
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(CaseNotOpen.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Assessment {

        @Test
        void recordsAWholeFamilyAssessment() {
            fixture.given(openCase())
                    .when(new CompleteAssessment(
                            WALKERS,
                            new AssessmentId("assessment-1"),
                            needs(3),
                            TODAY.minusDays(15),
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectEvents(assessed(3));
        }

        @Test
        void scoresEachDomainFromNoNeedToSevere() {
            fixture.given(openCase())
                    .when(new CompleteAssessment(
                            WALKERS,
                            new AssessmentId("assessment-1"),
                            needs(AssessedNeed.SEVERE),
                            TODAY.minusDays(15),
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectEvents(assessed(AssessedNeed.SEVERE));
        }

        @Test
        void refusesAnAssessmentMissingADomain() {
            fixture.given(openCase())
                    .when(new CompleteAssessment(
                            WALKERS,
                            new AssessmentId("a"),
                            needs(3).subList(0, 6),
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(EveryDomainOnce.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAnAssessmentScoringADomainTwice() {
            List<AssessedNeed> needs = new ArrayList<>(needs(3).subList(0, 6));
            needs.add(new AssessedNeed(NeedDomain.FAMILY, 1, "Twice"));
            fixture.given(openCase())
                    .when(new CompleteAssessment(
                            WALKERS, new AssessmentId("a"), needs, TODAY, TODAY, Standing.NONE, earlyHelpKeyworker()))
                    .expectException(EveryDomainOnce.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAScoreOutOfRange() {
            fixture.given(openCase())
                    .when(new CompleteAssessment(
                            WALKERS,
                            new AssessmentId("a"),
                            needs(5),
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(ScoreOutOfRange.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAnAssessmentBeforeTheCaseIsOpen() {
            fixture.given(registered())
                    .when(new CompleteAssessment(
                            WALKERS,
                            new AssessmentId("a"),
                            needs(3),
                            TODAY,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectException(CaseNotOpen.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAnAssessmentDatedAfterToday() {
            fixture.given(openCase())
                    .when(new CompleteAssessment(
                            WALKERS,
                            new AssessmentId("a"),
                            needs(3),
                            TODAY.plusDays(1),
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(DatedInFuture.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class SupportPlan {

        private List<Object> assessedCase() {
            List<Object> given = ledCase();
            given.add(assessed(3));
            return given;
        }

        @Test
        void agreesAPlanAnsweringTheAssessment() {
            fixture.given(assessedCase())
                    .when(new AgreeSupportPlan(
                            WALKERS,
                            null,
                            PLAN,
                            goals(),
                            actions(),
                            TODAY.plusDays(60),
                            TODAY.minusDays(10),
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectEvents(new SupportPlanAgreed(
                            WALKERS, PLAN, goals(), actions(), TODAY.plusDays(60), TODAY.minusDays(10)));
        }

        @Test
        void refusesAPlanBeforeAnyAssessment() {
            fixture.given(ledCase())
                    .when(new AgreeSupportPlan(
                            WALKERS,
                            null,
                            PLAN,
                            goals(),
                            actions(),
                            TODAY.plusDays(60),
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(NoAssessment.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAGoalForANeedTheAssessmentDidNotFind() {
            List<Goal> goals = List.of(new Goal(SCHOOL, NeedDomain.HOUSING, "A new flat"));
            fixture.given(assessedCase())
                    .when(new AgreeSupportPlan(
                            WALKERS,
                            null,
                            PLAN,
                            goals,
                            actions(),
                            TODAY.plusDays(60),
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(GoalForNeedNotAssessed.class)
                    .expectNoEvents();
        }

        /**
         * Only the latest assessment says which needs a plan may answer: a need an earlier assessment found
         * and the latest one does not score (as an assessment recorded before a domain was scored would
         * not) is no longer a need.
         */
        @Test
        void refusesAGoalForANeedOnlyAnEarlierAssessmentFound() {
            List<AssessedNeed> withoutEducation = needs(0).stream()
                    .filter(need -> need.domain() != NeedDomain.EDUCATION)
                    .toList();
            List<Object> given = assessedCase();
            given.add(new AssessmentCompleted(
                    WALKERS, new AssessmentId("assessment-2"), withoutEducation, TODAY.minusDays(5)));
            fixture.given(given)
                    .when(new AgreeSupportPlan(
                            WALKERS,
                            null,
                            PLAN,
                            goals(),
                            actions(),
                            TODAY.plusDays(60),
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(GoalForNeedNotAssessed.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAPlanWithoutGoals() {
            fixture.given(assessedCase())
                    .when(new AgreeSupportPlan(
                            WALKERS,
                            null,
                            PLAN,
                            List.of(),
                            List.of(),
                            TODAY.plusDays(60),
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(PlanNeedsGoals.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAGoalWithoutActions() {
            fixture.given(assessedCase())
                    .when(new AgreeSupportPlan(
                            WALKERS,
                            null,
                            PLAN,
                            goals(),
                            List.of(),
                            TODAY.plusDays(60),
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(PlanNeedsGoals.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAnActionOwnedByAnAgencyNotOnTheTeam() {
            // the team is early help and the Jobcentre: the police cannot be held to an action here
            refusesAnActionOwnedBy(policeOfficer().agency());
        }

        @Test
        void refusesAnActionOwnedByAnAgencyNobodyKnows() {
            refusesAnActionOwnedBy(new AgencyId("any-agency-at-all"));
        }

        private void refusesAnActionOwnedBy(AgencyId owner) {
            List<PlanAction> actions = new ArrayList<>(actions());
            actions.add(new PlanAction(new ActionId("elsewhere"), SCHOOL, "Patrol", owner, null, TODAY));
            fixture.given(assessedCase())
                    .when(new AgreeSupportPlan(
                            WALKERS,
                            null,
                            PLAN,
                            goals(),
                            actions,
                            TODAY.plusDays(60),
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(ActionOwnerNotOnTeam.class)
                    .expectNoEvents();
        }

        @Test
        void anActionMayBeOwnedByAnyAgencyOnTheTeam() {
            List<PlanAction> actions = List.of(new PlanAction(
                    new ActionId("job-search"),
                    SCHOOL,
                    "Job search",
                    jobcentreAdviser().agency(),
                    null,
                    TODAY));
            fixture.given(assessedCase())
                    .when(new AgreeSupportPlan(
                            WALKERS,
                            null,
                            PLAN,
                            goals(),
                            actions,
                            TODAY.plusDays(60),
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void refusesAnActionForAGoalNotInThePlan() {
            List<PlanAction> actions = new ArrayList<>(actions());
            actions.add(new PlanAction(
                    new ActionId("stray"),
                    new GoalId("elsewhere"),
                    "Stray",
                    earlyHelpKeyworker().agency(),
                    null,
                    TODAY));
            fixture.given(assessedCase())
                    .when(new AgreeSupportPlan(
                            WALKERS,
                            null,
                            PLAN,
                            goals(),
                            actions,
                            TODAY.plusDays(60),
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(ActionForUnknownGoal.class)
                    .expectNoEvents();
        }

        @Test
        void refusesANextReviewThatIsNotAfterTheAgreement() {
            fixture.given(assessedCase())
                    .when(new AgreeSupportPlan(
                            WALKERS,
                            null,
                            PLAN,
                            goals(),
                            actions(),
                            TODAY,
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(NextReviewNotLater.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAPlanAgreedOnAStaleVersion() {
            fixture.given(assessedCase())
                    .when(new AgreeSupportPlan(
                            WALKERS,
                            1L,
                            PLAN,
                            goals(),
                            actions(),
                            TODAY.plusDays(60),
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(ConflictingAggregateVersionException.class)
                    .expectNoEvents();
        }

        @Test
        void aStalePlanIsAConflictEvenWhenTheCaseHasSinceClosed() {
            // Sam wrote the plan on the assessed case; a colleague closed it in the meantime
            List<Object> given = assessedCase();
            long asAssessed = given.size() - 1;
            given.add(new CaseClosed(WALKERS, ClosureReason.FAMILY_MOVED_AWAY, "Moved to Leeds", TODAY, false));
            fixture.given(given)
                    .when(new AgreeSupportPlan(
                            WALKERS,
                            asAssessed,
                            PLAN,
                            goals(),
                            actions(),
                            TODAY.plusDays(60),
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(ConflictingAggregateVersionException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAPlanDatedAfterToday() {
            fixture.given(assessedCase())
                    .when(new AgreeSupportPlan(
                            WALKERS,
                            null,
                            PLAN,
                            goals(),
                            actions(),
                            TODAY.plusDays(60),
                            TODAY.plusDays(1),
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(DatedInFuture.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAPlanOnACaseThatIsNotOpen() {
            fixture.given(registered())
                    .when(new AgreeSupportPlan(
                            WALKERS,
                            null,
                            PLAN,
                            goals(),
                            actions(),
                            TODAY.plusDays(60),
                            TODAY,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectException(CaseNotOpen.class)
                    .expectNoEvents();
        }

        @Test
        void recordsTheFamilysAgreement() {
            fixture.given(planned())
                    .when(new RecordFamilyAgreement(
                            WALKERS,
                            PLAN,
                            "Stephen and Karen Walker",
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectEvents(new FamilyAgreedToPlan(WALKERS, PLAN, "Stephen and Karen Walker", TODAY));
        }

        @Test
        void refusesAgreementToAPlanThatIsNotCurrent() {
            fixture.given(planned())
                    .when(new RecordFamilyAgreement(
                            WALKERS, new PlanId("old"), "Stephen", TODAY, TODAY, Standing.NONE, earlyHelpKeyworker()))
                    .expectException(NotTheCurrentPlan.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAgreementRecordedTwice() {
            List<Object> given = planned();
            given.add(new FamilyAgreedToPlan(WALKERS, PLAN, "Stephen", TODAY));
            fixture.given(given)
                    .when(new RecordFamilyAgreement(
                            WALKERS, PLAN, "Karen", TODAY, TODAY, Standing.NONE, earlyHelpKeyworker()))
                    .expectException(PlanAlreadyAgreed.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAgreementWithoutSayingWhoAgreed() {
            fixture.given(planned())
                    .when(new RecordFamilyAgreement(
                            WALKERS, PLAN, "", TODAY, TODAY, Standing.NONE, earlyHelpKeyworker()))
                    .expectException(ReasonRequired.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAgreementDatedAfterToday() {
            fixture.given(planned())
                    .when(new RecordFamilyAgreement(
                            WALKERS, PLAN, "Stephen", TODAY.plusDays(1), TODAY, Standing.NONE, earlyHelpKeyworker()))
                    .expectException(DatedInFuture.class)
                    .expectNoEvents();
        }

        @Test
        void completesAnAction() {
            fixture.given(planned())
                    .when(new CompletePlanAction(WALKERS, ROUTINE, TODAY, TODAY, Standing.NONE, earlyHelpKeyworker()))
                    .expectEvents(new PlanActionCompleted(WALKERS, ROUTINE, TODAY));
        }

        @Test
        void refusesToCompleteAnUnknownAction() {
            fixture.given(planned())
                    .when(new CompletePlanAction(
                            WALKERS, new ActionId("nope"), TODAY, TODAY, Standing.NONE, earlyHelpKeyworker()))
                    .expectException(UnknownAction.class)
                    .expectNoEvents();
        }

        @Test
        void refusesToCompleteAnActionTwice() {
            List<Object> given = planned();
            given.add(new PlanActionCompleted(WALKERS, ROUTINE, TODAY));
            fixture.given(given)
                    .when(new CompletePlanAction(WALKERS, ROUTINE, TODAY, TODAY, Standing.NONE, earlyHelpKeyworker()))
                    .expectException(ActionAlreadyDone.class)
                    .expectNoEvents();
        }

        @Test
        void refusesACompletionDatedAfterToday() {
            fixture.given(planned())
                    .when(new CompletePlanAction(
                            WALKERS, ROUTINE, TODAY.plusDays(1), TODAY, Standing.NONE, earlyHelpKeyworker()))
                    .expectException(DatedInFuture.class)
                    .expectNoEvents();
        }

        @Test
        void refusesACompletionOnAClosedCase() {
            List<Object> given = planned();
            given.add(new CaseClosed(WALKERS, ClosureReason.OTHER, "Moved", TODAY, true));
            fixture.given(given)
                    .when(new CompletePlanAction(WALKERS, ROUTINE, TODAY, TODAY, Standing.NONE, earlyHelpKeyworker()))
                    .expectException(CaseNotOpen.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Reviews {

        private static final ReviewId REVIEW = new ReviewId("review-1");

        @Test
        void recordsAReviewWithTheNextReviewDate() {
            fixture.given(planned())
                    .when(new HoldReview(
                            WALKERS,
                            REVIEW,
                            TODAY,
                            " Attendance up ",
                            TODAY.plusDays(42),
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectEvents(new ReviewHeld(WALKERS, REVIEW, TODAY, "Attendance up", TODAY.plusDays(42)));
        }

        @Test
        void refusesTheSameReviewTwice() {
            List<Object> given = planned();
            given.add(new ReviewHeld(WALKERS, REVIEW, TODAY, "Notes", null));
            fixture.given(given)
                    .when(new HoldReview(
                            WALKERS, REVIEW, TODAY, "Notes", null, TODAY, Standing.NONE, earlyHelpKeyworker()))
                    .expectException(ReviewAlreadyRecorded.class)
                    .expectNoEvents();
        }

        @Test
        void refusesANextReviewThatIsNotAfterThisOne() {
            fixture.given(planned())
                    .when(new HoldReview(
                            WALKERS, REVIEW, TODAY, "Notes", TODAY, TODAY, Standing.NONE, earlyHelpKeyworker()))
                    .expectException(NextReviewNotLater.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAReviewWithoutNotes() {
            fixture.given(planned())
                    .when(new HoldReview(WALKERS, REVIEW, TODAY, " ", null, TODAY, Standing.NONE, earlyHelpKeyworker()))
                    .expectException(ReasonRequired.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAReviewDatedAfterToday() {
            fixture.given(planned())
                    .when(new HoldReview(
                            WALKERS,
                            REVIEW,
                            TODAY.plusDays(1),
                            "Notes",
                            null,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(DatedInFuture.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAReviewOfACaseThatIsNotOpen() {
            fixture.given(registered())
                    .when(new HoldReview(
                            WALKERS, REVIEW, TODAY, "Notes", null, TODAY, Standing.CASE_MANAGER, earlyHelpManager()))
                    .expectException(CaseNotOpen.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class ClosingAndReopening {

        @Test
        void closesACaseWithNoOpenActions() {
            List<Object> given = planned();
            given.add(new PlanActionCompleted(WALKERS, ROUTINE, TODAY));
            given.add(new PlanActionCompleted(WALKERS, CLUB, TODAY));
            fixture.given(given)
                    .when(new CloseCase(
                            WALKERS,
                            null,
                            ClosureReason.OUTCOMES_ACHIEVED,
                            " Liam attends every day ",
                            TODAY,
                            false,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectEvents(
                            new CaseClosed(
                                    WALKERS, ClosureReason.OUTCOMES_ACHIEVED, "Liam attends every day", TODAY, false),
                            new LeadProfessionalAppointmentEnded(WALKERS, member(earlyHelpKeyworker()), TODAY));
        }

        @Test
        void refusesToCloseWithOpenActions() {
            fixture.given(planned())
                    .when(new CloseCase(
                            WALKERS,
                            null,
                            ClosureReason.OUTCOMES_ACHIEVED,
                            "Done",
                            TODAY,
                            false,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(OpenActionsRemain.class)
                    .expectNoEvents();
        }

        @Test
        void refusesToCloseWithOneOpenActionSayingSo() {
            List<Object> given = planned();
            given.add(new PlanActionCompleted(WALKERS, ROUTINE, TODAY));
            fixture.given(given)
                    .when(new CloseCase(
                            WALKERS,
                            null,
                            ClosureReason.OUTCOMES_ACHIEVED,
                            "Done",
                            TODAY,
                            false,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(OpenActionsRemain.class)
                    .expectExceptionMessage("1 action is still open: complete them, or ask a team manager to override")
                    .expectNoEvents();
        }

        @Test
        void closesWhenTheCurrentPlansActionsAreDoneWhateverAReplacedPlanLeftOpen() {
            ActionId visit = new ActionId("action-school-visit");
            List<Object> given = planned();
            given.add(new SupportPlanAgreed(
                    WALKERS,
                    new PlanId("plan-2"),
                    goals(),
                    List.of(new PlanAction(
                            visit,
                            SCHOOL,
                            "Visit school with Liam",
                            earlyHelpKeyworker().agency(),
                            null,
                            TODAY)),
                    TODAY.plusDays(60),
                    TODAY.minusDays(5)));
            given.add(new PlanActionCompleted(WALKERS, visit, TODAY.minusDays(1)));
            fixture.given(given)
                    .when(new CloseCase(
                            WALKERS,
                            null,
                            ClosureReason.OUTCOMES_ACHIEVED,
                            "Liam attends every day",
                            TODAY,
                            false,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectEvents(
                            new CaseClosed(
                                    WALKERS, ClosureReason.OUTCOMES_ACHIEVED, "Liam attends every day", TODAY, false),
                            new LeadProfessionalAppointmentEnded(WALKERS, member(earlyHelpKeyworker()), TODAY));
        }

        @Test
        void aManagerMayCloseWithOpenActionsRecordingTheOverride() {
            fixture.given(planned())
                    .when(new CloseCase(
                            WALKERS,
                            null,
                            ClosureReason.FAMILY_MOVED_AWAY,
                            "Moved to Leeds",
                            TODAY,
                            true,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectEvents(
                            new CaseClosed(WALKERS, ClosureReason.FAMILY_MOVED_AWAY, "Moved to Leeds", TODAY, true),
                            new LeadProfessionalAppointmentEnded(WALKERS, member(earlyHelpKeyworker()), TODAY));
        }

        @Test
        void refusesAnOverrideByAnyoneButATeamManager() {
            fixture.given(planned())
                    .when(new CloseCase(
                            WALKERS,
                            null,
                            ClosureReason.FAMILY_MOVED_AWAY,
                            "Moved",
                            TODAY,
                            true,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(ManagersOnly.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAClosureWithoutAnOutcomeSummary() {
            fixture.given(ledCase())
                    .when(new CloseCase(
                            WALKERS,
                            null,
                            ClosureReason.OTHER,
                            "",
                            TODAY,
                            false,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(ReasonRequired.class)
                    .expectNoEvents();
        }

        @Test
        void refusesToCloseACaseThatIsNotOpen() {
            fixture.given(registered())
                    .when(new CloseCase(
                            WALKERS,
                            null,
                            ClosureReason.OTHER,
                            "Done",
                            TODAY,
                            false,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectException(CaseNotOpen.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAClosureDatedAfterToday() {
            fixture.given(ledCase())
                    .when(new CloseCase(
                            WALKERS,
                            null,
                            ClosureReason.OTHER,
                            "Done",
                            TODAY.plusDays(1),
                            false,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(DatedInFuture.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAClosureOnAStaleVersion() {
            fixture.given(ledCase())
                    .when(new CloseCase(
                            WALKERS,
                            0L,
                            ClosureReason.OTHER,
                            "Done",
                            TODAY,
                            false,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(ConflictingAggregateVersionException.class)
                    .expectNoEvents();
        }

        @Test
        void aStaleVersionIsAConflictBeforeItIsARefusal() {
            fixture.given(planned())
                    .when(new CloseCase(
                            WALKERS,
                            1L,
                            ClosureReason.OUTCOMES_ACHIEVED,
                            "Done",
                            TODAY,
                            false,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(ConflictingAggregateVersionException.class)
                    .expectNoEvents();
        }

        @Test
        void reopensAClosedCase() {
            List<Object> given = ledCase();
            given.add(new CaseClosed(WALKERS, ClosureReason.OUTCOMES_ACHIEVED, "Done", TODAY.minusDays(5), false));
            fixture.given(given)
                    .when(new ReopenCase(
                            WALKERS,
                            null,
                            " Liam excluded again ",
                            TODAY,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectEvents(new CaseReopened(WALKERS, "Liam excluded again", TODAY));
        }

        @Test
        void closingALedCaseEndsTheLeadProfessionalsAppointment() {
            fixture.given(ledCase())
                    .when(new CloseCase(
                            WALKERS,
                            null,
                            ClosureReason.FAMILY_MOVED_AWAY,
                            "Moved to Leeds",
                            TODAY,
                            false,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectEvents(
                            new CaseClosed(WALKERS, ClosureReason.FAMILY_MOVED_AWAY, "Moved to Leeds", TODAY, false),
                            new LeadProfessionalAppointmentEnded(WALKERS, member(earlyHelpKeyworker()), TODAY));
        }

        @Test
        void closingACaseNobodyLedEndsNoAppointment() {
            fixture.given(openCase())
                    .when(new CloseCase(
                            WALKERS,
                            null,
                            ClosureReason.FAMILY_MOVED_AWAY,
                            "Moved to Leeds",
                            TODAY,
                            false,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectEvents(
                            new CaseClosed(WALKERS, ClosureReason.FAMILY_MOVED_AWAY, "Moved to Leeds", TODAY, false));
        }

        @Test
        void aReopenedCaseIsLedByWhoeverIsAppointedNow() {
            List<Object> given = ledCase();
            given.add(new CaseClosed(WALKERS, ClosureReason.OUTCOMES_ACHIEVED, "Done", TODAY.minusDays(5), false));
            given.add(new LeadProfessionalAppointmentEnded(WALKERS, member(earlyHelpKeyworker()), TODAY.minusDays(5)));
            given.add(new CaseReopened(WALKERS, "Liam excluded again", TODAY.minusDays(1)));
            fixture.given(given)
                    .when(new AppointLeadProfessional(
                            WALKERS,
                            null,
                            jobcentreAdviser().userId(),
                            TODAY,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectEvents(new LeadProfessionalAppointed(WALKERS, member(jobcentreAdviser()), TODAY));
        }

        @Test
        void aCaseClosedBeforeTheAppointmentEndingWasRecordedIsUnledWhenReopened() {
            List<Object> given = ledCase();
            given.add(new CaseClosed(WALKERS, ClosureReason.OUTCOMES_ACHIEVED, "Done", TODAY.minusDays(5), false));
            given.add(new CaseReopened(WALKERS, "Liam excluded again", TODAY.minusDays(1)));
            fixture.given(given)
                    .when(new HandOverLeadProfessional(
                            WALKERS,
                            null,
                            jobcentreAdviser().userId(),
                            "Over to you",
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(NoLeadProfessional.class)
                    .expectNoEvents();
        }

        @Test
        void theFormerLeadMayNotReopenTheCaseAlone() {
            List<Object> given = ledCase();
            given.add(new CaseClosed(WALKERS, ClosureReason.OUTCOMES_ACHIEVED, "Done", TODAY.minusDays(5), false));
            given.add(new LeadProfessionalAppointmentEnded(WALKERS, member(earlyHelpKeyworker()), TODAY.minusDays(5)));
            fixture.given(given)
                    .when(new ReopenCase(WALKERS, null, "Again", TODAY, TODAY, Standing.NONE, earlyHelpKeyworker()))
                    .expectException(LeadOrManagerOnly.class)
                    .expectNoEvents();
        }

        @Test
        void refusesToReopenACaseThatIsNotClosed() {
            fixture.given(ledCase())
                    .when(new ReopenCase(WALKERS, null, "Again", TODAY, TODAY, Standing.NONE, earlyHelpKeyworker()))
                    .expectException(CaseNotClosed.class)
                    .expectNoEvents();
        }

        @Test
        void refusesToReopenWithoutAReason() {
            List<Object> given = ledCase();
            given.add(new CaseClosed(WALKERS, ClosureReason.OUTCOMES_ACHIEVED, "Done", TODAY, false));
            fixture.given(given)
                    .when(new ReopenCase(WALKERS, null, "", TODAY, TODAY, Standing.CASE_MANAGER, earlyHelpManager()))
                    .expectException(ReasonRequired.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAReopeningDatedAfterToday() {
            List<Object> given = ledCase();
            given.add(new CaseClosed(WALKERS, ClosureReason.OUTCOMES_ACHIEVED, "Done", TODAY, false));
            fixture.given(given)
                    .when(new ReopenCase(
                            WALKERS,
                            null,
                            "Again",
                            TODAY.plusDays(1),
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectException(DatedInFuture.class)
                    .expectNoEvents();
        }
    }

    // ---- Who may change who is involved (issue 9, write side) ----

    private static final String WHY = "I attended the domestic abuse incident at the family's home";

    private static TeamJoinRequested policeAsked() {
        return new TeamJoinRequested(WALKERS, member(policeOfficer()), WHY, TODAY.minusDays(2));
    }

    private static List<Object> ledCaseWith(Object... more) {
        List<Object> events = ledCase();
        events.addAll(List.of(more));
        return events;
    }

    @Nested
    class AddingToTheTeam {

        @Test
        void theLeadProfessionalAddsAColleague() {
            fixture.given(ledCase())
                    .when(new JoinTeam(
                            WALKERS, null, member(housingOfficer()), TODAY, TODAY, Standing.NONE, earlyHelpKeyworker()))
                    .expectEvents(new KeyworkerJoinedTeam(WALKERS, member(housingOfficer()), TODAY));
        }

        @Test
        void refusesATeamMemberWhoIsNotTheLead() {
            fixture.given(ledCase())
                    .when(new JoinTeam(
                            WALKERS, null, member(housingOfficer()), TODAY, TODAY, Standing.NONE, jobcentreAdviser()))
                    .expectException(LeadOrManagerOnly.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAPractitionerPuttingThemselvesOnTheTeam() {
            fixture.given(ledCase())
                    .when(new JoinTeam(
                            WALKERS, null, member(policeOfficer()), TODAY, TODAY, Standing.NONE, policeOfficer()))
                    .expectException(LeadOrManagerOnly.class)
                    .expectNoEvents();
        }

        @Test
        void refusesATeamManagerOfAnAgencyNotInvolvedInTheCase() {
            fixture.given(ledCase())
                    .when(new JoinTeam(
                            WALKERS, null, member(policeOfficer()), TODAY, TODAY, Standing.NONE, policeManager()))
                    .expectException(LeadOrManagerOnly.class)
                    .expectNoEvents();
        }

        @Test
        void refusesTheRegisteringAgencysKeyworkerOnceTheCaseIsOpen() {
            fixture.given(openCase())
                    .when(new JoinTeam(
                            WALKERS,
                            null,
                            member(housingOfficer()),
                            TODAY,
                            TODAY,
                            Standing.REGISTERING_AGENCY,
                            earlyHelpKeyworker()))
                    .expectException(LeadOrManagerOnly.class)
                    .expectNoEvents();
        }

        @Test
        void addingSomeoneWhoAskedSettlesTheirRequest() {
            fixture.given(ledCaseWith(policeAsked(), new KeyworkerJoinedTeam(WALKERS, member(policeOfficer()), TODAY)))
                    .when(new ApproveTeamJoinRequest(
                            WALKERS, null, policeOfficer().userId(), TODAY, TODAY, Standing.NONE, earlyHelpKeyworker()))
                    .expectException(NoJoinRequest.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class AskingToJoinTheTeam {

        @Test
        void aPractitionerAsksSayingWhy() {
            fixture.given(ledCase())
                    .when(new RequestToJoinTeam(
                            WALKERS,
                            member(policeOfficer()),
                            " " + WHY + " ",
                            TODAY.minusDays(2),
                            TODAY,
                            policeOfficer()))
                    .expectEvents(policeAsked());
        }

        @Test
        void refusesARequestWithoutAReason() {
            fixture.given(ledCase())
                    .when(new RequestToJoinTeam(WALKERS, member(policeOfficer()), " ", TODAY, TODAY, policeOfficer()))
                    .expectException(ReasonRequired.class)
                    .expectNoEvents();
        }

        @Test
        void refusesASecondRequestWhileTheFirstAwaitsADecision() {
            fixture.given(ledCaseWith(policeAsked()))
                    .when(new RequestToJoinTeam(WALKERS, member(policeOfficer()), WHY, TODAY, TODAY, policeOfficer()))
                    .expectException(JoinAlreadyRequested.class)
                    .expectNoEvents();
        }

        @Test
        void aDeclinedPractitionerMayAskAgain() {
            fixture.given(ledCaseWith(
                            policeAsked(),
                            new TeamJoinDeclined(WALKERS, policeOfficer().userId(), "Not yet", TODAY.minusDays(1))))
                    .when(new RequestToJoinTeam(WALKERS, member(policeOfficer()), WHY, TODAY, TODAY, policeOfficer()))
                    .expectEvents(new TeamJoinRequested(WALKERS, member(policeOfficer()), WHY, TODAY));
        }

        @Test
        void refusesARequestFromSomeoneOnTheTeam() {
            fixture.given(ledCase())
                    .when(new RequestToJoinTeam(
                            WALKERS, member(jobcentreAdviser()), WHY, TODAY, TODAY, jobcentreAdviser()))
                    .expectException(AlreadyOnTeam.class)
                    .expectNoEvents();
        }

        @Test
        void refusesARequestBeforeTheCaseIsOpen() {
            fixture.given(registered(), referred())
                    .when(new RequestToJoinTeam(WALKERS, member(policeOfficer()), WHY, TODAY, TODAY, policeOfficer()))
                    .expectException(CaseNotOpen.class)
                    .expectNoEvents();
        }

        @Test
        void refusesARequestDatedAfterToday() {
            fixture.given(ledCase())
                    .when(new RequestToJoinTeam(
                            WALKERS, member(policeOfficer()), WHY, TODAY.plusDays(1), TODAY, policeOfficer()))
                    .expectException(DatedInFuture.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class DecidingRequestsToJoin {

        @Test
        void theLeadProfessionalApprovesAndThePractitionerJoinsAsTheyAsked() {
            fixture.given(ledCaseWith(policeAsked()))
                    .when(new ApproveTeamJoinRequest(
                            WALKERS, null, policeOfficer().userId(), TODAY, TODAY, Standing.NONE, earlyHelpKeyworker()))
                    .expectEvents(new KeyworkerJoinedTeam(WALKERS, member(policeOfficer()), TODAY));
        }

        @Test
        void aCaseManagerApproves() {
            fixture.given(ledCaseWith(policeAsked()))
                    .when(new ApproveTeamJoinRequest(
                            WALKERS,
                            null,
                            policeOfficer().userId(),
                            TODAY,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectEvents(new KeyworkerJoinedTeam(WALKERS, member(policeOfficer()), TODAY));
        }

        @Test
        void refusesApprovalByATeamMemberWhoIsNotTheLead() {
            fixture.given(ledCaseWith(policeAsked()))
                    .when(new ApproveTeamJoinRequest(
                            WALKERS, null, policeOfficer().userId(), TODAY, TODAY, Standing.NONE, jobcentreAdviser()))
                    .expectException(LeadOrManagerOnly.class)
                    .expectNoEvents();
        }

        @Test
        void refusesApprovalByTheRequesterThemselves() {
            fixture.given(ledCaseWith(policeAsked()))
                    .when(new ApproveTeamJoinRequest(
                            WALKERS, null, policeOfficer().userId(), TODAY, TODAY, Standing.NONE, policeOfficer()))
                    .expectException(LeadOrManagerOnly.class)
                    .expectNoEvents();
        }

        @Test
        void refusesApprovalWhenNobodyAsked() {
            fixture.given(ledCase())
                    .when(new ApproveTeamJoinRequest(
                            WALKERS, null, policeOfficer().userId(), TODAY, TODAY, Standing.NONE, earlyHelpKeyworker()))
                    .expectException(NoJoinRequest.class)
                    .expectNoEvents();
        }

        @Test
        void refusesApprovingARequestAlreadyDeclined() {
            fixture.given(ledCaseWith(
                            policeAsked(),
                            new TeamJoinDeclined(WALKERS, policeOfficer().userId(), "Not yet", TODAY.minusDays(1))))
                    .when(new ApproveTeamJoinRequest(
                            WALKERS, null, policeOfficer().userId(), TODAY, TODAY, Standing.NONE, earlyHelpKeyworker()))
                    .expectException(NoJoinRequest.class)
                    .expectNoEvents();
        }

        @Test
        void refusesApprovalDatedBeforeTheRequest() {
            fixture.given(ledCaseWith(policeAsked()))
                    .when(new ApproveTeamJoinRequest(
                            WALKERS,
                            null,
                            policeOfficer().userId(),
                            TODAY.minusDays(3),
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(DecidedBeforeRequested.class)
                    .expectNoEvents();
        }

        @Test
        void refusesApprovalDatedAfterToday() {
            fixture.given(ledCaseWith(policeAsked()))
                    .when(new ApproveTeamJoinRequest(
                            WALKERS,
                            null,
                            policeOfficer().userId(),
                            TODAY.plusDays(1),
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(DatedInFuture.class)
                    .expectNoEvents();
        }

        @Test
        void refusesApprovalOnAClosedCase() {
            fixture.given(ledCaseWith(
                            policeAsked(),
                            new CaseClosed(
                                    WALKERS, ClosureReason.OUTCOMES_ACHIEVED, "Done", TODAY.minusDays(1), false)))
                    .when(new ApproveTeamJoinRequest(
                            WALKERS,
                            null,
                            policeOfficer().userId(),
                            TODAY,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectException(CaseNotOpen.class)
                    .expectNoEvents();
        }

        @Test
        void theLeadProfessionalDeclinesSayingWhy() {
            fixture.given(ledCaseWith(policeAsked()))
                    .when(new DeclineTeamJoinRequest(
                            WALKERS,
                            null,
                            policeOfficer().userId(),
                            " The team already has a police contact ",
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectEvents(new TeamJoinDeclined(
                            WALKERS, policeOfficer().userId(), "The team already has a police contact", TODAY));
        }

        @Test
        void refusesADeclineWithoutAReason() {
            fixture.given(ledCaseWith(policeAsked()))
                    .when(new DeclineTeamJoinRequest(
                            WALKERS,
                            null,
                            policeOfficer().userId(),
                            "",
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(ReasonRequired.class)
                    .expectNoEvents();
        }

        @Test
        void refusesADeclineByAnyoneButTheLeadOrACaseManager() {
            fixture.given(ledCaseWith(policeAsked()))
                    .when(new DeclineTeamJoinRequest(
                            WALKERS,
                            null,
                            policeOfficer().userId(),
                            "No",
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            policeManager()))
                    .expectException(LeadOrManagerOnly.class)
                    .expectNoEvents();
        }

        @Test
        void refusesADeclineWhenNobodyAsked() {
            fixture.given(ledCase())
                    .when(new DeclineTeamJoinRequest(
                            WALKERS,
                            null,
                            policeOfficer().userId(),
                            "No",
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(NoJoinRequest.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class LeavingTheTeam {

        @Test
        void theLeadProfessionalTakesSomeoneOff() {
            fixture.given(ledCase())
                    .when(new LeaveTeam(
                            WALKERS,
                            null,
                            jobcentreAdviser().userId(),
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectEvents(
                            new KeyworkerLeftTeam(WALKERS, jobcentreAdviser().userId(), TODAY));
        }

        @Test
        void aCaseManagerTakesSomeoneOff() {
            fixture.given(ledCase())
                    .when(new LeaveTeam(
                            WALKERS,
                            null,
                            jobcentreAdviser().userId(),
                            TODAY,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectEvents(
                            new KeyworkerLeftTeam(WALKERS, jobcentreAdviser().userId(), TODAY));
        }

        @Test
        void refusesATeamMemberTakingSomeoneElseOff() {
            fixture.given(ledCaseWith(new KeyworkerJoinedTeam(WALKERS, member(housingOfficer()), TODAY)))
                    .when(new LeaveTeam(
                            WALKERS, null, housingOfficer().userId(), TODAY, TODAY, Standing.NONE, jobcentreAdviser()))
                    .expectException(LeadOrManagerOnly.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAnOutsiderTakingSomeoneOff() {
            fixture.given(ledCase())
                    .when(new LeaveTeam(
                            WALKERS, null, jobcentreAdviser().userId(), TODAY, TODAY, Standing.NONE, policeOfficer()))
                    .expectException(LeadOrManagerOnly.class)
                    .expectNoEvents();
        }

        @Test
        void evenACaseManagerCannotTakeTheLeadOffBeforeAHandover() {
            fixture.given(ledCase())
                    .when(new LeaveTeam(
                            WALKERS,
                            null,
                            earlyHelpKeyworker().userId(),
                            TODAY,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectException(LeadMustHandOverFirst.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class ChangingTheHousehold {

        @Test
        void theLeadProfessionalAddsAMember() {
            fixture.given(ledCase())
                    .when(new AddFamilyMember(
                            WALKERS, null, LIAM, Relationship.CHILD, TODAY, TODAY, Standing.NONE, earlyHelpKeyworker()))
                    .expectEvents(new FamilyMemberJoined(WALKERS, LIAM, Relationship.CHILD, TODAY));
        }

        @Test
        void aCaseManagerRecordsAMemberLeaving() {
            fixture.given(ledCase())
                    .when(new RemoveFamilyMember(
                            WALKERS,
                            null,
                            STEPHEN,
                            TODAY,
                            "Moved out",
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectEvents(new FamilyMemberLeft(WALKERS, STEPHEN, TODAY, "Moved out"));
        }

        @Test
        void refusesATeamMemberAddingSomeoneToTheHousehold() {
            fixture.given(ledCase())
                    .when(new AddFamilyMember(
                            WALKERS, null, LIAM, Relationship.CHILD, TODAY, TODAY, Standing.NONE, jobcentreAdviser()))
                    .expectException(LeadOrManagerOnly.class)
                    .expectNoEvents();
        }

        @Test
        void refusesATeamMemberTakingSomeoneOutOfTheHousehold() {
            fixture.given(ledCase())
                    .when(new RemoveFamilyMember(
                            WALKERS, null, STEPHEN, TODAY, "Moved out", TODAY, Standing.NONE, jobcentreAdviser()))
                    .expectException(LeadOrManagerOnly.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAnOutsiderChangingTheHouseholdBeforeTheCaseOpens() {
            fixture.given(registered(), joined(STEPHEN, Relationship.PARENT))
                    .when(new AddFamilyMember(
                            WALKERS, null, LIAM, Relationship.CHILD, TODAY, TODAY, Standing.NONE, housingOfficer()))
                    .expectException(LeadOrManagerOnly.class)
                    .expectNoEvents();
        }

        @Test
        void refusesTheRegisteringAgencyOnceTheCaseHasOpened() {
            fixture.given(openCase())
                    .when(new AddFamilyMember(
                            WALKERS,
                            null,
                            LIAM,
                            Relationship.CHILD,
                            TODAY,
                            TODAY,
                            Standing.REGISTERING_AGENCY,
                            earlyHelpKeyworker()))
                    .expectException(LeadOrManagerOnly.class)
                    .expectNoEvents();
        }

        @Test
        void refusesTheRegisteringAgencyAfterTheCaseClosed() {
            fixture.given(ledCaseWith(new CaseClosed(
                            WALKERS, ClosureReason.OUTCOMES_ACHIEVED, "Done", TODAY.minusDays(1), false)))
                    .when(new RemoveFamilyMember(
                            WALKERS,
                            null,
                            STEPHEN,
                            TODAY,
                            "Moved out",
                            TODAY,
                            Standing.REGISTERING_AGENCY,
                            housingOfficer()))
                    .expectException(LeadOrManagerOnly.class)
                    .expectNoEvents();
        }
    }

    // ---- Who decides for the case: its team and the managers of the agencies involved ----

    private static List<Object> plannedCase() {
        return ledCaseWith(
                assessed(3),
                new SupportPlanAgreed(WALKERS, PLAN, goals(), actions(), TODAY.plusDays(60), TODAY.minusDays(10)));
    }

    static Stream<Named<Function<Actor, Object>>> casework() {
        return Stream.of(
                Named.of(
                        "an assessment",
                        actor -> new CompleteAssessment(
                                WALKERS, new AssessmentId("a-2"), needs(2), TODAY, TODAY, Standing.NONE, actor)),
                Named.of(
                        "a support plan",
                        actor -> new AgreeSupportPlan(
                                WALKERS,
                                null,
                                new PlanId("plan-2"),
                                goals(),
                                actions(),
                                TODAY.plusDays(30),
                                TODAY,
                                TODAY,
                                Standing.NONE,
                                actor)),
                Named.of(
                        "the family's agreement",
                        actor -> new RecordFamilyAgreement(
                                WALKERS, PLAN, "Stephen Walker", TODAY, TODAY, Standing.NONE, actor)),
                Named.of(
                        "an action done",
                        actor -> new CompletePlanAction(WALKERS, ROUTINE, TODAY, TODAY, Standing.NONE, actor)),
                Named.of(
                        "a review",
                        actor -> new HoldReview(
                                WALKERS, new ReviewId("review-2"), TODAY, "Notes", null, TODAY, Standing.NONE, actor)),
                Named.of(
                        "a closure",
                        actor -> new CloseCase(
                                WALKERS, null, ClosureReason.OTHER, "Done", TODAY, true, TODAY, Standing.NONE, actor)));
    }

    @Nested
    class WhoDecidesForTheCase {

        @ParameterizedTest
        @MethodSource("uk.joinedup.caseservice.family.domain.FamilyTest#casework")
        void refusesCaseworkByAPractitionerNotOnTheTeam(Function<Actor, Object> command) {
            fixture.given(plannedCase())
                    .when(command.apply(policeOfficer()))
                    .expectException(NotWorkingTheCase.class)
                    .expectNoEvents();
        }

        @ParameterizedTest
        @MethodSource("uk.joinedup.caseservice.family.domain.FamilyTest#casework")
        void refusesCaseworkByAManagerOfAnAgencyNotInvolved(Function<Actor, Object> command) {
            fixture.given(plannedCase())
                    .when(command.apply(policeManager()))
                    .expectException(NotWorkingTheCase.class)
                    .expectNoEvents();
        }

        @Test
        void aTeamMemberWhoIsNotTheLeadRecordsAReview() {
            fixture.given(plannedCase())
                    .when(new HoldReview(
                            WALKERS,
                            new ReviewId("review-2"),
                            TODAY,
                            "Notes",
                            null,
                            TODAY,
                            Standing.NONE,
                            jobcentreAdviser()))
                    .expectEvents(new ReviewHeld(WALKERS, new ReviewId("review-2"), TODAY, "Notes", null));
        }

        @Test
        void aCaseManagerNotOnTheTeamRecordsAReview() {
            fixture.given(plannedCase())
                    .when(new HoldReview(
                            WALKERS,
                            new ReviewId("review-2"),
                            TODAY,
                            "Notes",
                            null,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectEvents(new ReviewHeld(WALKERS, new ReviewId("review-2"), TODAY, "Notes", null));
        }

        @Test
        void refusesAcceptanceByAManagerOfAnAgencyNotInvolved() {
            fixture.given(registered(), referred())
                    .when(new AcceptReferral(
                            WALKERS, null, REFERRAL, null, TODAY, TODAY, Standing.NONE, policeManager()))
                    .expectException(ManagersOnly.class)
                    .expectNoEvents();
        }

        @Test
        void refusesADeclineByAManagerOfAnAgencyNotInvolved() {
            fixture.given(registered(), referred())
                    .when(new DeclineReferral(
                            WALKERS, null, REFERRAL, "Not for us", TODAY, TODAY, Standing.NONE, policeManager()))
                    .expectException(ManagersOnly.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAnAppointmentByAManagerOfAnAgencyNotInvolved() {
            fixture.given(openCase())
                    .when(new AppointLeadProfessional(
                            WALKERS, null, earlyHelpKeyworker().userId(), TODAY, TODAY, Standing.NONE, policeManager()))
                    .expectException(ManagersOnly.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAHandoverByAManagerOfAnAgencyNotInvolved() {
            fixture.given(ledCase())
                    .when(new HandOverLeadProfessional(
                            WALKERS,
                            null,
                            jobcentreAdviser().userId(),
                            "Moving on",
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            policeManager()))
                    .expectException(LeadOrManagerOnly.class)
                    .expectNoEvents();
        }

        @Test
        void aCaseManagerHandsOver() {
            fixture.given(ledCase())
                    .when(new HandOverLeadProfessional(
                            WALKERS,
                            null,
                            jobcentreAdviser().userId(),
                            "Moving on",
                            TODAY,
                            TODAY,
                            Standing.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectEvents(new LeadProfessionalHandedOver(
                            WALKERS, member(earlyHelpKeyworker()), member(jobcentreAdviser()), "Moving on", TODAY));
        }

        @Test
        void refusesReopeningByATeamMemberWhoIsNotTheLead() {
            fixture.given(ledCaseWith(new CaseClosed(WALKERS, ClosureReason.OTHER, "Done", TODAY, false)))
                    .when(new ReopenCase(WALKERS, null, "Again", TODAY, TODAY, Standing.NONE, jobcentreAdviser()))
                    .expectException(LeadOrManagerOnly.class)
                    .expectNoEvents();
        }

        @Test
        void aCaseManagerReopens() {
            fixture.given(ledCaseWith(new CaseClosed(WALKERS, ClosureReason.OTHER, "Done", TODAY, false)))
                    .when(new ReopenCase(
                            WALKERS, null, "Again", TODAY, TODAY, Standing.CASE_MANAGER, earlyHelpManager()))
                    .expectEvents(new CaseReopened(WALKERS, "Again", TODAY));
        }
    }
}
