package uk.joinedup.caseservice.identification.domain;

import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.policeManager;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.identification.api.CandidateDecided;
import uk.joinedup.caseservice.identification.api.CandidateDecision;
import uk.joinedup.caseservice.identification.api.CandidateId;
import uk.joinedup.caseservice.identification.api.DecideOnCandidate;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.rules.ReasonRequired;

class IdentificationTest {

    private static final Set<PersonId> MEMBERS = Set.of(new PersonId("deborah-hill"), new PersonId("tom-hill"));
    private static final CandidateId CANDIDATE = CandidateId.household(MEMBERS);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private FixtureConfiguration<Identification> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Identification.class);
    }

    @Test
    void recordsAnEarlyHelpManagersDecisionWithItsReasonStripped() {
        fixture.givenNoPriorActivity()
                .when(decide(CandidateDecision.NOT_NOW, "  Already known to the school nurse  ", earlyHelpManager()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(decided(CandidateDecision.NOT_NOW, "Already known to the school nurse", TODAY));
    }

    @Test
    void recordsALaterDecisionThatReplacesTheFirst() {
        fixture.given(decided(CandidateDecision.NOT_NOW, "Already known to the school nurse", TODAY.minusMonths(2)))
                .when(decide(CandidateDecision.REFER, "Eviction notice served since", earlyHelpManager()))
                .expectEvents(decided(CandidateDecision.REFER, "Eviction notice served since", TODAY));
    }

    @Test
    void recordsTheSameDecisionAgainForANewReason() {
        fixture.given(decided(CandidateDecision.NOT_NOW, "Already known to the school nurse", TODAY.minusMonths(2)))
                .when(decide(CandidateDecision.NOT_NOW, "Family moving out of the area", earlyHelpManager()))
                .expectEvents(decided(CandidateDecision.NOT_NOW, "Family moving out of the area", TODAY));
    }

    @Test
    void refusesTheSameDecisionForTheSameReasonAsNothingNew() {
        fixture.given(decided(CandidateDecision.NOT_ELIGIBLE, "No dependent children", TODAY.minusDays(1)))
                .when(decide(CandidateDecision.NOT_ELIGIBLE, " No dependent children ", earlyHelpManager()))
                .expectException(NothingNew.class)
                .expectNoEvents();
    }

    @Test
    void refusesADecisionWithoutAReason() {
        fixture.givenNoPriorActivity()
                .when(decide(CandidateDecision.REFER, "   ", earlyHelpManager()))
                .expectException(ReasonRequired.class)
                .expectNoEvents();
    }

    @Test
    void refusesADecisionWithoutADecision() {
        fixture.givenNoPriorActivity()
                .when(decide(null, "Looks eligible", earlyHelpManager()))
                .expectException(DecisionRequired.class)
                .expectNoEvents();
    }

    @Test
    void refusesAReasonOfMoreThan500Characters() {
        fixture.givenNoPriorActivity()
                .when(decide(CandidateDecision.REFER, "x".repeat(501), earlyHelpManager()))
                .expectException(ReasonTooLong.class)
                .expectNoEvents();
    }

    @Test
    void acceptsAReasonOfExactly500Characters() {
        fixture.givenNoPriorActivity()
                .when(decide(CandidateDecision.REFER, "x".repeat(500), earlyHelpManager()))
                .expectEvents(decided(CandidateDecision.REFER, "x".repeat(500), TODAY));
    }

    @Test
    void refusesAnEarlyHelpKeyworker() {
        fixture.givenNoPriorActivity()
                .when(decide(CandidateDecision.REFER, "Looks eligible", earlyHelpKeyworker()))
                .expectException(EarlyHelpManagersOnly.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnotherAgencysManagerBeforeAnyOtherRule() {
        fixture.given(decided(CandidateDecision.REFER, "Looks eligible", TODAY))
                .when(decide(CandidateDecision.REFER, "Looks eligible", policeManager()))
                .expectException(EarlyHelpManagersOnly.class)
                .expectNoEvents();
    }

    @Test
    void recordsTheHouseholdsMembersWithTheDecision() {
        fixture.givenNoPriorActivity()
                .when(decide(
                        CandidateDecision.NOT_NOW, "Deborah Hill's household: known to the nurse", earlyHelpManager()))
                .expectEvents(new CandidateDecided(
                        CANDIDATE,
                        Set.of(new PersonId("tom-hill"), new PersonId("deborah-hill")),
                        CandidateDecision.NOT_NOW,
                        "Deborah Hill's household: known to the nurse",
                        TODAY));
    }

    @Test
    void recordsADecisionOnARegisteredFamilyNamingNobody() {
        CandidateId family = CandidateId.of(new FamilyId("hills"));

        fixture.givenNoPriorActivity()
                .when(new DecideOnCandidate(
                        family, Set.of(), CandidateDecision.REFER, "Looks eligible", TODAY, earlyHelpManager()))
                .expectEvents(new CandidateDecided(family, Set.of(), CandidateDecision.REFER, "Looks eligible", TODAY));
    }

    @Test
    void refusesAHouseholdsDecisionNamingOtherMembersThanItsOwn() {
        fixture.givenNoPriorActivity()
                .when(new DecideOnCandidate(
                        CANDIDATE,
                        Set.of(new PersonId("tom-hill")),
                        CandidateDecision.REFER,
                        "Looks eligible",
                        TODAY,
                        earlyHelpManager()))
                .expectException(NotTheHouseholdsMembers.class)
                .expectNoEvents();
    }

    @Test
    void refusesARegisteredFamilysDecisionNamingMembers() {
        fixture.givenNoPriorActivity()
                .when(new DecideOnCandidate(
                        CandidateId.of(new FamilyId("hills")),
                        MEMBERS,
                        CandidateDecision.REFER,
                        "Looks eligible",
                        TODAY,
                        earlyHelpManager()))
                .expectException(NotTheHouseholdsMembers.class)
                .expectNoEvents();
    }

    private static DecideOnCandidate decide(CandidateDecision decision, String reason, Actor actor) {
        return new DecideOnCandidate(CANDIDATE, MEMBERS, decision, reason, TODAY, actor);
    }

    private static CandidateDecided decided(CandidateDecision decision, String reason, LocalDate on) {
        return new CandidateDecided(CANDIDATE, MEMBERS, decision, reason, on);
    }
}
