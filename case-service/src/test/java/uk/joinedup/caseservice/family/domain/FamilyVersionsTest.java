package uk.joinedup.caseservice.family.domain;

import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;
import static uk.joinedup.caseservice.agency.Actors.policeManager;
import static uk.joinedup.caseservice.agency.Actors.policeOfficer;
import static uk.joinedup.caseservice.family.FamilyFixtures.LIAM;
import static uk.joinedup.caseservice.family.FamilyFixtures.PLAN;
import static uk.joinedup.caseservice.family.FamilyFixtures.REFERRAL;
import static uk.joinedup.caseservice.family.FamilyFixtures.STEPHEN;
import static uk.joinedup.caseservice.family.FamilyFixtures.TODAY;
import static uk.joinedup.caseservice.family.FamilyFixtures.WALKERS;
import static uk.joinedup.caseservice.family.FamilyFixtures.actions;
import static uk.joinedup.caseservice.family.FamilyFixtures.assessed;
import static uk.joinedup.caseservice.family.FamilyFixtures.goals;
import static uk.joinedup.caseservice.family.FamilyFixtures.ledCase;
import static uk.joinedup.caseservice.family.FamilyFixtures.member;
import static uk.joinedup.caseservice.family.FamilyFixtures.openCase;
import static uk.joinedup.caseservice.family.FamilyFixtures.referred;
import static uk.joinedup.caseservice.family.FamilyFixtures.registered;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.joinedup.caseservice.family.api.AcceptReferral;
import uk.joinedup.caseservice.family.api.AcceptTransfer;
import uk.joinedup.caseservice.family.api.AddFamilyMember;
import uk.joinedup.caseservice.family.api.AgreeSupportPlan;
import uk.joinedup.caseservice.family.api.AppointLeadProfessional;
import uk.joinedup.caseservice.family.api.ApproveTeamJoinRequest;
import uk.joinedup.caseservice.family.api.CaseClosed;
import uk.joinedup.caseservice.family.api.CaseTransferProposed;
import uk.joinedup.caseservice.family.api.CloseCase;
import uk.joinedup.caseservice.family.api.ClosureReason;
import uk.joinedup.caseservice.family.api.DeclineReferral;
import uk.joinedup.caseservice.family.api.DeclineTeamJoinRequest;
import uk.joinedup.caseservice.family.api.HandOverLeadProfessional;
import uk.joinedup.caseservice.family.api.JoinTeam;
import uk.joinedup.caseservice.family.api.LeaveTeam;
import uk.joinedup.caseservice.family.api.ProposeTransfer;
import uk.joinedup.caseservice.family.api.Relationship;
import uk.joinedup.caseservice.family.api.RemoveFamilyMember;
import uk.joinedup.caseservice.family.api.ReopenCase;
import uk.joinedup.caseservice.family.api.ReviewHeld;
import uk.joinedup.caseservice.family.api.ReviewId;
import uk.joinedup.caseservice.family.api.Standing;
import uk.joinedup.caseservice.family.api.TeamJoinRequested;
import uk.joinedup.caseservice.family.api.TransferId;
import uk.joinedup.caseservice.rules.DatedInFuture;

/**
 * Every change that decides on what the user saw of the family is refused as a conflict when the family
 * changed since the version they send, whatever the change was (here, a review they did not see); the same
 * change on the version as it is goes through, so the refusal is the version's doing. A stale change that
 * breaks a rule as well is a conflict before it is the rule's refusal (Axon would only check the version
 * after the handler, were the handler not to ask first).
 */
class FamilyVersionsTest {

    private FixtureConfiguration<Family> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Family.class);
    }

    @ParameterizedTest
    @MethodSource("decisions")
    void aChangeOnTheVersionAsItIsGoesThrough(List<Object> seen, Change change) {
        List<Object> given = withAnUnseenReview(seen);
        fixture.given(given).when(change.on(given.size() - 1L, TODAY)).expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest
    @MethodSource("decisions")
    void aChangeOnAStaleVersionIsAConflict(List<Object> seen, Change change) {
        List<Object> given = withAnUnseenReview(seen);
        fixture.given(given)
                .when(change.on(seen.size() - 1L, TODAY))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    /**
     * Dated tomorrow, each change breaks a rule as well ({@code DatedInFuture}); on a stale version the user
     * is told first that the family changed, as the conflict is checked before any rule.
     */
    @ParameterizedTest
    @MethodSource("decisions")
    void aStaleChangeThatAlsoBreaksARuleIsAConflictFirst(List<Object> seen, Change change) {
        fixture.given(withAnUnseenReview(seen))
                .when(change.on(seen.size() - 1L, TODAY.plusDays(1)))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @MethodSource("decisions")
    void theSameChangeOnTheVersionAsItIsBreaksTheRule(List<Object> seen, Change change) {
        List<Object> given = withAnUnseenReview(seen);
        fixture.given(given)
                .when(change.on(given.size() - 1L, TODAY.plusDays(1)))
                .expectException(DatedInFuture.class)
                .expectNoEvents();
    }

    /** A change to the family as it stood at a version, made on a day (the command's recordedOn is today). */
    @FunctionalInterface
    interface Change {
        Object on(long version, LocalDate day);
    }

    private static List<Object> withAnUnseenReview(List<Object> seen) {
        List<Object> events = new ArrayList<>(seen);
        events.add(new ReviewHeld(WALKERS, new ReviewId("review-unseen"), TODAY.minusDays(1), "Seen by another", null));
        return events;
    }

    static Stream<Arguments> decisions() {
        Standing manager = Standing.CASE_MANAGER;
        return Stream.of(
                decision(
                        "add someone to the household",
                        openCase(),
                        (version, on) -> new AddFamilyMember(
                                WALKERS, version, LIAM, Relationship.CHILD, on, TODAY, manager, earlyHelpManager())),
                decision(
                        "record that someone left the household",
                        openCase(),
                        (version, on) -> new RemoveFamilyMember(
                                WALKERS, version, STEPHEN, on, "Moved out", TODAY, manager, earlyHelpManager())),
                decision(
                        "accept a referral",
                        List.of(registered(), referred()),
                        (version, on) -> new AcceptReferral(
                                WALKERS,
                                version,
                                REFERRAL,
                                member(earlyHelpKeyworker()),
                                on,
                                TODAY,
                                manager,
                                earlyHelpManager())),
                decision(
                        "decline a referral",
                        List.of(registered(), referred()),
                        (version, on) -> new DeclineReferral(
                                WALKERS, version, REFERRAL, "Not eligible", on, TODAY, manager, earlyHelpManager())),
                decision(
                        "add someone to the team",
                        openCase(),
                        (version, on) -> new JoinTeam(
                                WALKERS, version, member(jobcentreAdviser()), on, TODAY, manager, earlyHelpManager())),
                decision(
                        "take someone off the team",
                        ledCase(),
                        (version, on) -> new LeaveTeam(
                                WALKERS, version, jobcentreAdviser().userId(), on, TODAY, manager, earlyHelpManager())),
                decision(
                        "approve a request to join",
                        withJoinRequest(),
                        (version, on) -> new ApproveTeamJoinRequest(
                                WALKERS, version, policeOfficer().userId(), on, TODAY, manager, earlyHelpManager())),
                decision(
                        "decline a request to join",
                        withJoinRequest(),
                        (version, on) -> new DeclineTeamJoinRequest(
                                WALKERS,
                                version,
                                policeOfficer().userId(),
                                "Not needed",
                                on,
                                TODAY,
                                manager,
                                earlyHelpManager())),
                decision(
                        "appoint a lead professional",
                        openCase(),
                        (version, on) -> new AppointLeadProfessional(
                                WALKERS,
                                version,
                                earlyHelpKeyworker().userId(),
                                on,
                                TODAY,
                                manager,
                                earlyHelpManager())),
                decision(
                        "hand over",
                        ledCase(),
                        (version, on) -> new HandOverLeadProfessional(
                                WALKERS,
                                version,
                                jobcentreAdviser().userId(),
                                "Over to you",
                                on,
                                TODAY,
                                manager,
                                earlyHelpManager())),
                decision(
                        "agree a support plan",
                        assessedCase(),
                        (version, on) -> new AgreeSupportPlan(
                                WALKERS,
                                version,
                                PLAN,
                                goals(),
                                actions(),
                                TODAY.plusDays(60),
                                on,
                                TODAY,
                                manager,
                                earlyHelpManager())),
                decision(
                        "close the case",
                        ledCase(),
                        (version, on) -> new CloseCase(
                                WALKERS,
                                version,
                                ClosureReason.OUTCOMES_ACHIEVED,
                                "Liam back in school",
                                on,
                                false,
                                TODAY,
                                manager,
                                earlyHelpManager())),
                decision(
                        "propose a transfer",
                        ledCase(),
                        (version, on) -> new ProposeTransfer(
                                WALKERS,
                                version,
                                new TransferId("transfer-1"),
                                member(policeOfficer()),
                                "Offending is the main concern",
                                on,
                                TODAY,
                                manager,
                                earlyHelpManager())),
                decision(
                        "accept a transfer",
                        withTransferProposed(),
                        (version, on) -> new AcceptTransfer(
                                WALKERS, version, new TransferId("transfer-1"), null, on, TODAY, policeManager())),
                decision(
                        "reopen the case",
                        closedCase(),
                        (version, on) -> new ReopenCase(
                                WALKERS, version, "Liam excluded again", on, TODAY, manager, earlyHelpManager())));
    }

    private static Arguments decision(String what, List<Object> seen, Change change) {
        return Arguments.of(Named.of(what, seen), change);
    }

    private static List<Object> withTransferProposed() {
        List<Object> events = ledCase();
        events.add(new CaseTransferProposed(
                WALKERS,
                new TransferId("transfer-1"),
                member(earlyHelpKeyworker()),
                member(policeOfficer()),
                "Offending",
                TODAY.minusDays(2)));
        return events;
    }

    private static List<Object> withJoinRequest() {
        List<Object> events = ledCase();
        events.add(new TeamJoinRequested(WALKERS, member(policeOfficer()), "Attended an incident", TODAY.minusDays(2)));
        return events;
    }

    private static List<Object> assessedCase() {
        List<Object> events = ledCase();
        events.add(assessed(3));
        return events;
    }

    private static List<Object> closedCase() {
        List<Object> events = ledCase();
        events.add(new CaseClosed(WALKERS, ClosureReason.OUTCOMES_ACHIEVED, "Done", TODAY.minusDays(5), false));
        return events;
    }
}
