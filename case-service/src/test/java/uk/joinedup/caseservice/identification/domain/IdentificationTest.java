package uk.joinedup.caseservice.identification.domain;

import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.policeManager;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.identification.api.CandidateDecided;
import uk.joinedup.caseservice.identification.api.CandidateDecision;
import uk.joinedup.caseservice.identification.api.CandidateId;
import uk.joinedup.caseservice.identification.api.DecideOnCandidate;
import uk.joinedup.caseservice.rules.ReasonRequired;

class IdentificationTest {

    private static final CandidateId CANDIDATE = new CandidateId("household-8f3c2a1e-0000-3000-8000-000000000001");
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

    private static DecideOnCandidate decide(CandidateDecision decision, String reason, Actor actor) {
        return new DecideOnCandidate(CANDIDATE, decision, reason, TODAY, actor);
    }

    private static CandidateDecided decided(CandidateDecision decision, String reason, LocalDate on) {
        return new CandidateDecided(CANDIDATE, decision, reason, on);
    }
}
