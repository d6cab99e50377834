package uk.joinedup.caseservice.family.domain;

import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;
import static uk.joinedup.caseservice.agency.Actors.policeOfficer;
import static uk.joinedup.caseservice.family.FamilyFixtures.TODAY;
import static uk.joinedup.caseservice.family.FamilyFixtures.WALKERS;
import static uk.joinedup.caseservice.family.FamilyFixtures.ledCase;
import static uk.joinedup.caseservice.family.FamilyFixtures.registered;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.family.api.DisengagementFollowedUp;
import uk.joinedup.caseservice.family.api.FollowUpDisengagement;
import uk.joinedup.caseservice.family.api.Standing;
import uk.joinedup.caseservice.rules.DatedInFuture;
import uk.joinedup.caseservice.rules.ReasonRequired;

/** Following up a family's disengagement: by those who work the case, saying what was done. */
class FollowUpTest {

    private FixtureConfiguration<Family> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Family.class);
    }

    @Test
    void aTeamMemberRecordsWhatWasDone() {
        fixture.given(ledCase())
                .when(new FollowUpDisengagement(
                        WALKERS, " Called at school pick-up ", TODAY, TODAY, Standing.NONE, jobcentreAdviser()))
                .expectEvents(new DisengagementFollowedUp(WALKERS, "Called at school pick-up", TODAY));
    }

    @Test
    void aTeamManagerOfTheCaseToo() {
        fixture.given(ledCase())
                .when(new FollowUpDisengagement(
                        WALKERS, "Letter", TODAY, TODAY, Standing.CASE_MANAGER, earlyHelpManager()))
                .expectEvents(new DisengagementFollowedUp(WALKERS, "Letter", TODAY));
    }

    @Test
    void refusesAPractitionerNotWorkingTheCase() {
        fixture.given(ledCase())
                .when(new FollowUpDisengagement(WALKERS, "Letter", TODAY, TODAY, Standing.NONE, policeOfficer()))
                .expectException(NotWorkingTheCase.class)
                .expectNoEvents();
    }

    @Test
    void refusesAFollowUpWithoutWhatWasDone() {
        fixture.given(ledCase())
                .when(new FollowUpDisengagement(WALKERS, " ", TODAY, TODAY, Standing.NONE, jobcentreAdviser()))
                .expectException(ReasonRequired.class)
                .expectNoEvents();
    }

    @Test
    void refusesAFollowUpDatedAfterToday() {
        fixture.given(ledCase())
                .when(new FollowUpDisengagement(
                        WALKERS, "Letter", TODAY.plusDays(1), TODAY, Standing.NONE, jobcentreAdviser()))
                .expectException(DatedInFuture.class)
                .expectNoEvents();
    }

    @Test
    void refusesAFollowUpOfACaseThatIsNotOpen() {
        fixture.given(registered())
                .when(new FollowUpDisengagement(
                        WALKERS, "Letter", TODAY, TODAY, Standing.CASE_MANAGER, earlyHelpManager()))
                .expectException(CaseNotOpen.class)
                .expectNoEvents();
    }
}
