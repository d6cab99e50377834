package uk.joinedup.caseservice.family.domain;

import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;
import static uk.joinedup.caseservice.agency.Actors.policeOfficer;
import static uk.joinedup.caseservice.family.FamilyFixtures.PLAN;
import static uk.joinedup.caseservice.family.FamilyFixtures.SCHOOL;
import static uk.joinedup.caseservice.family.FamilyFixtures.TODAY;
import static uk.joinedup.caseservice.family.FamilyFixtures.WALKERS;
import static uk.joinedup.caseservice.family.FamilyFixtures.ledCase;
import static uk.joinedup.caseservice.family.FamilyFixtures.member;
import static uk.joinedup.caseservice.family.FamilyFixtures.openCase;
import static uk.joinedup.caseservice.family.FamilyFixtures.planned;
import static uk.joinedup.caseservice.family.FamilyFixtures.registered;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.family.api.ActionId;
import uk.joinedup.caseservice.family.api.CaseConferenceHeld;
import uk.joinedup.caseservice.family.api.CompletePlanAction;
import uk.joinedup.caseservice.family.api.ConferenceId;
import uk.joinedup.caseservice.family.api.ConferenceKind;
import uk.joinedup.caseservice.family.api.GoalId;
import uk.joinedup.caseservice.family.api.HoldCaseConference;
import uk.joinedup.caseservice.family.api.LeadProfessionalAppointed;
import uk.joinedup.caseservice.family.api.PlanAction;
import uk.joinedup.caseservice.family.api.PlanActionCompleted;
import uk.joinedup.caseservice.family.api.PlanActionsAdded;
import uk.joinedup.caseservice.family.api.Standing;
import uk.joinedup.caseservice.family.api.TeamMember;
import uk.joinedup.caseservice.rules.DatedInFuture;

/** Case conferences and panels: who may record one, what it must say, and what follows from it. */
class CaseConferenceTest {

    private static final ConferenceId CONFERENCE = new ConferenceId("conference-1");
    private static final ActionId HOUSING_VISIT = new ActionId("action-housing-visit");
    private static final List<String> DECISIONS = List.of("Keep the case open", "Review in six weeks");

    private FixtureConfiguration<Family> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Family.class);
    }

    @Test
    void recordsWhoWasThereWhatItDecidedAndTheActionsArisingWhichJoinThePlan() {
        fixture.given(planned())
                .when(conference(earlyHelpKeyworker(), Standing.NONE, TODAY, DECISIONS, null, List.of(housingVisit())))
                .expectEvents(
                        new CaseConferenceHeld(
                                WALKERS,
                                CONFERENCE,
                                ConferenceKind.CASE_CONFERENCE,
                                TODAY,
                                attendees(),
                                "Stephen and Karen Walker",
                                DECISIONS,
                                null),
                        new PlanActionsAdded(WALKERS, PLAN, List.of(housingVisit()), TODAY, CONFERENCE));
    }

    @Test
    void anActionArisingIsDoneLikeAnyOtherActionOfThePlan() {
        List<Object> given = planned();
        given.add(new PlanActionsAdded(WALKERS, PLAN, List.of(housingVisit()), TODAY, CONFERENCE));
        fixture.given(given)
                .when(new CompletePlanAction(WALKERS, HOUSING_VISIT, TODAY, TODAY, Standing.NONE, earlyHelpKeyworker()))
                .expectEvents(new PlanActionCompleted(WALKERS, HOUSING_VISIT, TODAY));
    }

    @Test
    void decisionsAreKeptWithoutBlankLinesOrSurroundingSpace() {
        fixture.given(ledCase())
                .when(conference(
                        earlyHelpManager(),
                        Standing.CASE_MANAGER,
                        TODAY,
                        List.of(" Keep going ", " "),
                        null,
                        List.of()))
                .expectEvents(new CaseConferenceHeld(
                        WALKERS,
                        CONFERENCE,
                        ConferenceKind.CASE_CONFERENCE,
                        TODAY,
                        attendees(),
                        "Stephen and Karen Walker",
                        List.of("Keep going"),
                        null));
    }

    @Test
    void aConferenceThatAgreesTheLeadOfACaseWithoutOneAppointsThem() {
        fixture.given(openCaseWithTeam())
                .when(conference(
                        earlyHelpManager(),
                        Standing.CASE_MANAGER,
                        TODAY.minusDays(1),
                        DECISIONS,
                        jobcentreAdviser().userId(),
                        List.of()))
                .expectEvents(
                        new CaseConferenceHeld(
                                WALKERS,
                                CONFERENCE,
                                ConferenceKind.CASE_CONFERENCE,
                                TODAY.minusDays(1),
                                attendees(),
                                "Stephen and Karen Walker",
                                DECISIONS,
                                member(jobcentreAdviser())),
                        new LeadProfessionalAppointed(WALKERS, member(jobcentreAdviser()), TODAY.minusDays(1)));
    }

    @Test
    void aConferenceThatAgreesTheLeadInPostAppointsNobody() {
        fixture.given(ledCase())
                .when(conference(
                        earlyHelpKeyworker(),
                        Standing.NONE,
                        TODAY,
                        DECISIONS,
                        earlyHelpKeyworker().userId(),
                        List.of()))
                .expectEvents(new CaseConferenceHeld(
                        WALKERS,
                        CONFERENCE,
                        ConferenceKind.CASE_CONFERENCE,
                        TODAY,
                        attendees(),
                        "Stephen and Karen Walker",
                        DECISIONS,
                        member(earlyHelpKeyworker())));
    }

    @Test
    void refusesToAgreeADifferentLeadWhileOneIsInPost() {
        fixture.given(ledCase())
                .when(conference(
                        earlyHelpManager(),
                        Standing.CASE_MANAGER,
                        TODAY,
                        DECISIONS,
                        jobcentreAdviser().userId(),
                        List.of()))
                .expectException(AnotherLeadInPost.class)
                .expectNoEvents();
    }

    @Test
    void refusesALeadWhoIsNotOnTheTeam() {
        fixture.given(openCaseWithTeam())
                .when(conference(
                        earlyHelpManager(),
                        Standing.CASE_MANAGER,
                        TODAY,
                        DECISIONS,
                        policeOfficer().userId(),
                        List.of()))
                .expectException(NotOnTeam.class)
                .expectNoEvents();
    }

    @Test
    void refusesAConferenceWithoutAgencies() {
        fixture.given(ledCase())
                .when(new HoldCaseConference(
                        WALKERS,
                        CONFERENCE,
                        ConferenceKind.PANEL,
                        TODAY,
                        List.of(),
                        null,
                        DECISIONS,
                        null,
                        List.of(),
                        TODAY,
                        Standing.NONE,
                        earlyHelpKeyworker()))
                .expectException(ConferenceWithoutAgencies.class)
                .expectNoEvents();
    }

    @Test
    void refusesAConferenceThatDecidedNothing() {
        fixture.given(ledCase())
                .when(conference(earlyHelpKeyworker(), Standing.NONE, TODAY, List.of(" ", ""), null, List.of()))
                .expectException(DecisionsRequired.class)
                .expectNoEvents();
    }

    @Test
    void refusesAConferenceRecordedByATeamMemberWhoDoesNotLead() {
        fixture.given(ledCase())
                .when(conference(jobcentreAdviser(), Standing.NONE, TODAY, DECISIONS, null, List.of()))
                .expectException(LeadOrManagerOnly.class)
                .expectNoEvents();
    }

    @Test
    void refusesAConferenceOfACaseThatIsNotOpen() {
        fixture.given(registered())
                .when(conference(earlyHelpManager(), Standing.CASE_MANAGER, TODAY, DECISIONS, null, List.of()))
                .expectException(CaseNotOpen.class)
                .expectNoEvents();
    }

    @Test
    void refusesAConferenceDatedAfterToday() {
        fixture.given(ledCase())
                .when(conference(earlyHelpKeyworker(), Standing.NONE, TODAY.plusDays(1), DECISIONS, null, List.of()))
                .expectException(DatedInFuture.class)
                .expectNoEvents();
    }

    @Test
    void refusesTheSameConferenceTwice() {
        List<Object> given = ledCase();
        given.add(new CaseConferenceHeld(
                WALKERS, CONFERENCE, ConferenceKind.PANEL, TODAY, attendees(), null, DECISIONS, null));
        fixture.given(given)
                .when(conference(earlyHelpKeyworker(), Standing.NONE, TODAY, DECISIONS, null, List.of()))
                .expectException(ConferenceAlreadyRecorded.class)
                .expectNoEvents();
    }

    @Test
    void refusesActionsArisingBeforeThereIsAPlan() {
        fixture.given(ledCase())
                .when(conference(earlyHelpKeyworker(), Standing.NONE, TODAY, DECISIONS, null, List.of(housingVisit())))
                .expectException(NoPlanForActions.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnActionForAGoalThePlanDoesNotHave() {
        PlanAction elsewhere = new PlanAction(
                HOUSING_VISIT,
                new GoalId("goal-unknown"),
                "Visit",
                earlyHelpKeyworker().agency(),
                null,
                TODAY.plusDays(7));
        fixture.given(planned())
                .when(conference(earlyHelpKeyworker(), Standing.NONE, TODAY, DECISIONS, null, List.of(elsewhere)))
                .expectException(ActionForUnknownGoal.class)
                .expectNoEvents();
    }

    @Test
    void aNewPlanReplacesTheGoalsActionsMayBeFor() {
        List<Object> replanned = planned();
        replanned.add(new uk.joinedup.caseservice.family.api.SupportPlanAgreed(
                WALKERS,
                new uk.joinedup.caseservice.family.api.PlanId("plan-2"),
                List.of(new uk.joinedup.caseservice.family.api.Goal(
                        new GoalId("goal-work"), uk.joinedup.caseservice.family.api.NeedDomain.EDUCATION, "Work")),
                List.of(new PlanAction(
                        new ActionId("action-cv"),
                        new GoalId("goal-work"),
                        "CV",
                        earlyHelpKeyworker().agency(),
                        null,
                        TODAY.plusDays(7))),
                TODAY.plusDays(30),
                TODAY));
        fixture.given(replanned)
                .when(conference(earlyHelpKeyworker(), Standing.NONE, TODAY, DECISIONS, null, List.of(housingVisit())))
                .expectException(ActionForUnknownGoal.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnActionOwnedByAnAgencyNotOnTheTeam() {
        PlanAction housing =
                new PlanAction(HOUSING_VISIT, SCHOOL, "Visit", housingOfficer().agency(), null, TODAY.plusDays(7));
        fixture.given(planned())
                .when(conference(earlyHelpKeyworker(), Standing.NONE, TODAY, DECISIONS, null, List.of(housing)))
                .expectException(ActionOwnerNotOnTeam.class)
                .expectNoEvents();
    }

    private static List<Object> openCaseWithTeam() {
        List<Object> events = new ArrayList<>(openCase());
        events.add(new uk.joinedup.caseservice.family.api.KeyworkerJoinedTeam(
                WALKERS, member(jobcentreAdviser()), TODAY.minusDays(19)));
        return events;
    }

    private static PlanAction housingVisit() {
        return new PlanAction(
                HOUSING_VISIT,
                SCHOOL,
                "Home visit with the school nurse",
                new AgencyId("southampton-early-help"),
                null,
                TODAY.plusDays(14));
    }

    private static List<TeamMember> attendees() {
        return List.of(member(earlyHelpKeyworker()), member(policeOfficer()));
    }

    private static HoldCaseConference conference(
            Actor by,
            Standing standing,
            LocalDate heldOn,
            List<String> decisions,
            String leadAgreed,
            List<PlanAction> actions) {
        return new HoldCaseConference(
                WALKERS,
                CONFERENCE,
                ConferenceKind.CASE_CONFERENCE,
                heldOn,
                attendees(),
                " Stephen and Karen Walker ",
                decisions,
                leadAgreed,
                actions,
                TODAY,
                standing,
                by);
    }
}
