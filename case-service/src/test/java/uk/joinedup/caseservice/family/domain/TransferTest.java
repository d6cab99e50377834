package uk.joinedup.caseservice.family.domain;

import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;
import static uk.joinedup.caseservice.agency.Actors.policeManager;
import static uk.joinedup.caseservice.agency.Actors.policeOfficer;
import static uk.joinedup.caseservice.family.FamilyFixtures.TODAY;
import static uk.joinedup.caseservice.family.FamilyFixtures.WALKERS;
import static uk.joinedup.caseservice.family.FamilyFixtures.ledCase;
import static uk.joinedup.caseservice.family.FamilyFixtures.member;
import static uk.joinedup.caseservice.family.FamilyFixtures.openCase;
import static uk.joinedup.caseservice.family.FamilyFixtures.registered;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.family.api.AcceptTransfer;
import uk.joinedup.caseservice.family.api.CaseClosed;
import uk.joinedup.caseservice.family.api.CaseTransferAccepted;
import uk.joinedup.caseservice.family.api.CaseTransferDeclined;
import uk.joinedup.caseservice.family.api.CaseTransferProposed;
import uk.joinedup.caseservice.family.api.ClosureReason;
import uk.joinedup.caseservice.family.api.DeclineTransfer;
import uk.joinedup.caseservice.family.api.KeyworkerJoinedTeam;
import uk.joinedup.caseservice.family.api.LeadProfessionalAppointmentEnded;
import uk.joinedup.caseservice.family.api.LeadProfessionalHandedOver;
import uk.joinedup.caseservice.family.api.ProposeTransfer;
import uk.joinedup.caseservice.family.api.Standing;
import uk.joinedup.caseservice.family.api.TeamMember;
import uk.joinedup.caseservice.family.api.TransferId;
import uk.joinedup.caseservice.rules.DatedInFuture;
import uk.joinedup.caseservice.rules.ReasonRequired;

/**
 * Transfers of a case to another agency: proposed by those who decide for the case, decided by a team manager of
 * the receiving agency; accepting hands the case over, declining leaves it where it is.
 */
class TransferTest {

    private static final TransferId TRANSFER = new TransferId("transfer-1");
    private static final String WHY = "Liam's offending is now the main concern";

    private FixtureConfiguration<Family> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Family.class);
    }

    private static TeamMember ray() {
        return member(policeOfficer());
    }

    private static CaseTransferProposed proposed() {
        return new CaseTransferProposed(
                WALKERS, TRANSFER, member(earlyHelpKeyworker()), ray(), WHY, TODAY.minusDays(2));
    }

    private static List<Object> proposedCase() {
        List<Object> events = ledCase();
        events.add(proposed());
        return events;
    }

    private static ProposeTransfer propose(Actor by, Standing standing, TeamMember to) {
        return new ProposeTransfer(
                WALKERS, null, TRANSFER, to, " " + WHY + " ", TODAY.minusDays(2), TODAY, standing, by);
    }

    private static AcceptTransfer accept(Actor by, TeamMember newLead) {
        return new AcceptTransfer(WALKERS, null, TRANSFER, newLead, TODAY, TODAY, by);
    }

    @Nested
    class Proposing {

        @Test
        void theLeadProposesMovingTheCaseToAnotherAgencysPractitioner() {
            fixture.given(ledCase())
                    .when(propose(earlyHelpKeyworker(), Standing.NONE, ray()))
                    .expectEvents(proposed());
        }

        @Test
        void aTeamManagerOfTheCaseProposesItToo() {
            fixture.given(ledCase())
                    .when(propose(earlyHelpManager(), Standing.CASE_MANAGER, ray()))
                    .expectEvents(proposed());
        }

        @Test
        void refusesATeamMemberWhoDoesNotLead() {
            fixture.given(ledCase())
                    .when(propose(jobcentreAdviser(), Standing.NONE, ray()))
                    .expectException(LeadOrManagerOnly.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAPractitionerOfTheLeadsOwnAgency() {
            fixture.given(ledCase())
                    .when(propose(earlyHelpKeyworker(), Standing.NONE, member(earlyHelpManager())))
                    .expectException(TransferWithinTheAgency.class)
                    .expectNoEvents();
        }

        @Test
        void refusesASecondTransferWhileOneAwaitsADecision() {
            fixture.given(proposedCase())
                    .when(propose(earlyHelpKeyworker(), Standing.NONE, ray()))
                    .expectException(TransferAlreadyProposed.class)
                    .expectNoEvents();
        }

        @Test
        void refusesATransferWithoutAReason() {
            fixture.given(ledCase())
                    .when(new ProposeTransfer(
                            WALKERS, null, TRANSFER, ray(), " ", TODAY, TODAY, Standing.NONE, earlyHelpKeyworker()))
                    .expectException(ReasonRequired.class)
                    .expectNoEvents();
        }

        @Test
        void refusesACaseWithoutALeadProfessional() {
            fixture.given(openCase())
                    .when(propose(earlyHelpManager(), Standing.CASE_MANAGER, ray()))
                    .expectException(NoLeadProfessional.class)
                    .expectNoEvents();
        }

        @Test
        void refusesACaseThatIsNotOpen() {
            fixture.given(registered())
                    .when(propose(earlyHelpManager(), Standing.CASE_MANAGER, ray()))
                    .expectException(CaseNotOpen.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAProposalDatedAfterToday() {
            fixture.given(ledCase())
                    .when(new ProposeTransfer(
                            WALKERS,
                            null,
                            TRANSFER,
                            ray(),
                            WHY,
                            TODAY.plusDays(1),
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectException(DatedInFuture.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Deciding {

        @Test
        void acceptingHandsTheCaseOverToTheProposedPractitionerWhoJoinsTheTeam() {
            fixture.given(proposedCase())
                    .when(accept(policeManager(), null))
                    .expectEvents(
                            new CaseTransferAccepted(
                                    WALKERS, TRANSFER, ray(), policeManager().name(), TODAY),
                            new KeyworkerJoinedTeam(WALKERS, ray(), TODAY),
                            new LeadProfessionalHandedOver(
                                    WALKERS,
                                    member(earlyHelpKeyworker()),
                                    ray(),
                                    "Transferred to " + ray().agencyName() + ": " + WHY,
                                    TODAY));
        }

        @Test
        void theReceivingManagerMayChooseAnotherOfTheirAgencyToLead() {
            fixture.given(proposedCase())
                    .when(accept(policeManager(), member(policeManager())))
                    .expectEvents(
                            new CaseTransferAccepted(
                                    WALKERS,
                                    TRANSFER,
                                    member(policeManager()),
                                    policeManager().name(),
                                    TODAY),
                            new KeyworkerJoinedTeam(WALKERS, member(policeManager()), TODAY),
                            new LeadProfessionalHandedOver(
                                    WALKERS,
                                    member(earlyHelpKeyworker()),
                                    member(policeManager()),
                                    "Transferred to " + ray().agencyName() + ": " + WHY,
                                    TODAY));
        }

        @Test
        void refusesANewLeadOfAnotherAgency() {
            fixture.given(proposedCase())
                    .when(accept(policeManager(), member(jobcentreAdviser())))
                    .expectException(NewLeadOfAnotherAgency.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAcceptanceByAnyoneButAReceivingTeamManager() {
            fixture.given(proposedCase())
                    .when(accept(policeOfficer(), null))
                    .expectException(ReceivingManagersOnly.class)
                    .expectNoEvents();
            fixture.given(proposedCase())
                    .when(accept(earlyHelpManager(), null))
                    .expectException(ReceivingManagersOnly.class)
                    .expectNoEvents();
        }

        @Test
        void decliningSaysWhyAndLeavesTheCaseWhereItIs() {
            fixture.given(proposedCase())
                    .when(new DeclineTransfer(
                            WALKERS, TRANSFER, " No offending since June ", TODAY, TODAY, policeManager()))
                    .expectEvents(new CaseTransferDeclined(
                            WALKERS,
                            TRANSFER,
                            "No offending since June",
                            policeManager().name(),
                            TODAY));
        }

        @Test
        void refusesADeclineWithoutAReason() {
            fixture.given(proposedCase())
                    .when(new DeclineTransfer(WALKERS, TRANSFER, "", TODAY, TODAY, policeManager()))
                    .expectException(ReasonRequired.class)
                    .expectNoEvents();
        }

        @Test
        void refusesADeclineByAnyoneButAReceivingTeamManager() {
            fixture.given(proposedCase())
                    .when(new DeclineTransfer(WALKERS, TRANSFER, "No", TODAY, TODAY, earlyHelpManager()))
                    .expectException(ReceivingManagersOnly.class)
                    .expectNoEvents();
        }

        @Test
        void refusesADecisionDatedBeforeTheProposal() {
            fixture.given(proposedCase())
                    .when(new DeclineTransfer(WALKERS, TRANSFER, "No", TODAY.minusDays(3), TODAY, policeManager()))
                    .expectException(DecidedBeforeProposed.class)
                    .expectNoEvents();
            fixture.given(proposedCase())
                    .when(new AcceptTransfer(WALKERS, null, TRANSFER, null, TODAY.minusDays(3), TODAY, policeManager()))
                    .expectException(DecidedBeforeProposed.class)
                    .expectNoEvents();
        }

        @Test
        void refusesADecisionDatedAfterToday() {
            fixture.given(proposedCase())
                    .when(new DeclineTransfer(WALKERS, TRANSFER, "No", TODAY.plusDays(1), TODAY, policeManager()))
                    .expectException(DatedInFuture.class)
                    .expectNoEvents();
            fixture.given(proposedCase())
                    .when(new AcceptTransfer(WALKERS, null, TRANSFER, null, TODAY.plusDays(1), TODAY, policeManager()))
                    .expectException(DatedInFuture.class)
                    .expectNoEvents();
        }

        @Test
        void refusesATransferNoLongerAwaitingADecision() {
            List<Object> decided = proposedCase();
            decided.add(new CaseTransferDeclined(
                    WALKERS, TRANSFER, "No", policeManager().name(), TODAY));
            fixture.given(decided)
                    .when(accept(policeManager(), null))
                    .expectException(NoSuchTransfer.class)
                    .expectNoEvents();
            fixture.given(ledCase())
                    .when(new DeclineTransfer(WALKERS, TRANSFER, "No", TODAY, TODAY, policeManager()))
                    .expectException(NoSuchTransfer.class)
                    .expectNoEvents();
        }

        @Test
        void closingTheCaseWithdrawsATransferAwaitingADecision() {
            List<Object> closed = proposedCase();
            closed.add(new CaseClosed(WALKERS, ClosureReason.OTHER, "Moved away", TODAY, false));
            closed.add(new LeadProfessionalAppointmentEnded(WALKERS, member(earlyHelpKeyworker()), TODAY));
            fixture.given(closed)
                    .when(accept(policeManager(), null))
                    .expectException(NoSuchTransfer.class)
                    .expectNoEvents();
        }

        @Test
        void aDeclinedTransferMayBeProposedAgain() {
            List<Object> declined = proposedCase();
            declined.add(new CaseTransferDeclined(
                    WALKERS, TRANSFER, "No", policeManager().name(), TODAY));
            fixture.given(declined)
                    .when(new ProposeTransfer(
                            WALKERS,
                            null,
                            new TransferId("transfer-2"),
                            ray(),
                            WHY,
                            TODAY,
                            TODAY,
                            Standing.NONE,
                            earlyHelpKeyworker()))
                    .expectEvents(new CaseTransferProposed(
                            WALKERS, new TransferId("transfer-2"), member(earlyHelpKeyworker()), ray(), WHY, TODAY));
        }
    }
}
