package uk.joinedup.caseservice.emergency.domain;

import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.igOfficer;
import static uk.joinedup.caseservice.emergency.OverrideFixtures.EARLY_HELP;
import static uk.joinedup.caseservice.emergency.OverrideFixtures.EXPLANATION;
import static uk.joinedup.caseservice.emergency.OverrideFixtures.IN_A_DAY;
import static uk.joinedup.caseservice.emergency.OverrideFixtures.NOW;
import static uk.joinedup.caseservice.emergency.OverrideFixtures.OVERRIDE;
import static uk.joinedup.caseservice.emergency.OverrideFixtures.PROBATION;
import static uk.joinedup.caseservice.emergency.OverrideFixtures.STEPHEN;
import static uk.joinedup.caseservice.emergency.OverrideFixtures.breakGlass;
import static uk.joinedup.caseservice.emergency.OverrideFixtures.granted;

import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.emergency.api.BreakGlass;
import uk.joinedup.caseservice.emergency.api.EmergencyAccessGranted;
import uk.joinedup.caseservice.emergency.api.EmergencyOverrideReviewed;
import uk.joinedup.caseservice.emergency.api.OverrideReason;
import uk.joinedup.caseservice.emergency.api.ReviewOverride;
import uk.joinedup.caseservice.personaldata.ErasedEvent;
import uk.joinedup.caseservice.rules.RecordErased;

class EmergencyOverrideTest {

    private FixtureConfiguration<EmergencyOverride> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EmergencyOverride.class);
    }

    @Test
    void grantsAPractitionerAccessForTheGivenTimeOpeningTheWithheldAgencies() {
        fixture.givenNoPriorActivity()
                .when(breakGlass(housingOfficer(), Set.of(PROBATION, EARLY_HELP)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(granted());
    }

    @Test
    void refusesAnInformationGovernanceOfficerAlone() {
        fixture.givenNoPriorActivity()
                .when(breakGlass(igOfficer(), Set.of(PROBATION)))
                .expectException(PractitionersOnly.class)
                .expectNoEvents();
    }

    @Test
    void refusesBreakingGlassWithoutAnExplanation() {
        fixture.givenNoPriorActivity()
                .when(new BreakGlass(
                        OVERRIDE,
                        STEPHEN,
                        OverrideReason.OTHER_URGENT,
                        "  ",
                        Set.of(PROBATION),
                        NOW,
                        IN_A_DAY,
                        housingOfficer()))
                .expectException(ExplanationRequired.class)
                .expectNoEvents();
    }

    @Test
    void refusesBreakingGlassWhenNothingIsWithheld() {
        fixture.givenNoPriorActivity()
                .when(breakGlass(housingOfficer(), Set.of()))
                .expectException(NothingWithheld.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnOverrideThatEndsAsItBegins() {
        fixture.givenNoPriorActivity()
                .when(new BreakGlass(
                        OVERRIDE,
                        STEPHEN,
                        OverrideReason.CHILD_AT_RISK,
                        EXPLANATION,
                        Set.of(PROBATION),
                        NOW,
                        NOW,
                        housingOfficer()))
                .expectException(OverrideEndsBeforeItBegins.class)
                .expectNoEvents();
    }

    @Test
    void anInformationGovernanceOfficerReviewsIt() {
        fixture.given(granted())
                .when(new ReviewOverride(OVERRIDE, true, " Risk to life was real ", igOfficer()))
                .expectEvents(new EmergencyOverrideReviewed(
                        OVERRIDE,
                        STEPHEN,
                        true,
                        "Risk to life was real",
                        igOfficer().agency()));
    }

    @Test
    void aManagerOfAnOpenedAgencyReviewsIt() {
        fixture.given(granted())
                .when(new ReviewOverride(OVERRIDE, false, "Could have called us", earlyHelpManager()))
                .expectEvents(
                        new EmergencyOverrideReviewed(OVERRIDE, STEPHEN, false, "Could have called us", EARLY_HELP));
    }

    @Test
    void refusesAManagerOfAnAgencyItDidNotOpen() {
        Actor jobcentreManager = new Actor(
                "kim.lee",
                "Kim Lee",
                new AgencyId("southampton-jobcentre"),
                "Jobcentre Plus Southampton",
                AgencyKind.JOBCENTRE_PLUS,
                Set.of(Role.TEAM_MANAGER));
        fixture.given(granted())
                .when(new ReviewOverride(OVERRIDE, true, "Fine", jobcentreManager))
                .expectException(ReviewersOnly.class)
                .expectNoEvents();
    }

    @Test
    void refusesAKeyworkerOfAnOpenedAgency() {
        fixture.given(granted())
                .when(new ReviewOverride(OVERRIDE, true, "Fine", earlyHelpKeyworker()))
                .expectException(ReviewersOnly.class)
                .expectNoEvents();
    }

    @Test
    void refusesReviewingYourOwnOverride() {
        Actor housingManagerWhoBrokeGlass = new Actor(
                housingOfficer().userId(),
                housingOfficer().name(),
                housingOfficer().agency(),
                housingOfficer().agencyName(),
                AgencyKind.HOUSING,
                Set.of(Role.TEAM_MANAGER, Role.IG_OFFICER));
        fixture.given(granted())
                .when(new ReviewOverride(OVERRIDE, true, "I was right", housingManagerWhoBrokeGlass))
                .expectException(OwnOverride.class)
                .expectNoEvents();
    }

    @Test
    void refusesReviewingTwice() {
        fixture.given(granted(), new EmergencyOverrideReviewed(OVERRIDE, STEPHEN, true, "Justified", EARLY_HELP))
                .when(new ReviewOverride(OVERRIDE, false, "Second opinion", igOfficer()))
                .expectException(OverrideAlreadyReviewed.class)
                .expectNoEvents();
    }

    @Test
    void refusesAReviewWithoutANote() {
        fixture.given(granted())
                .when(new ReviewOverride(OVERRIDE, true, "", igOfficer()))
                .expectException(ReviewNoteRequired.class)
                .expectNoEvents();
    }

    /** Its person's record erased, the override's events read as erased: it refuses to be reviewed. */
    @Test
    void refusesOnceItsPersonsRecordWasErased() {
        fixture.given(new ErasedEvent(EmergencyAccessGranted.class.getName(), "person/person-erased"))
                .when(new ReviewOverride(OVERRIDE, true, "Risk to life was real", igOfficer()))
                .expectException(RecordErased.class)
                .expectNoEvents();
    }
}
