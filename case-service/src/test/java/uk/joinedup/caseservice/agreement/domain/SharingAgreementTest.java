package uk.joinedup.caseservice.agreement.domain;

import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.igOfficer;
import static uk.joinedup.caseservice.agency.Actors.probationKeyworker;
import static uk.joinedup.caseservice.agreement.AgreementFixtures.ISA;
import static uk.joinedup.caseservice.agreement.AgreementFixtures.REVIEW;
import static uk.joinedup.caseservice.agreement.AgreementFixtures.STARTS;
import static uk.joinedup.caseservice.agreement.AgreementFixtures.registered;
import static uk.joinedup.caseservice.agreement.AgreementFixtures.terms;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.agreement.api.EndSharingAgreement;
import uk.joinedup.caseservice.agreement.api.RegisterSharingAgreement;
import uk.joinedup.caseservice.agreement.api.ReviseSharingAgreement;
import uk.joinedup.caseservice.agreement.api.SharingAgreementEnded;
import uk.joinedup.caseservice.agreement.api.SharingAgreementRegistered;
import uk.joinedup.caseservice.agreement.api.SharingAgreementRevised;
import uk.joinedup.caseservice.agreement.api.Terms;
import uk.joinedup.caseservice.rules.ReasonRequired;
import uk.joinedup.caseservice.sharing.LawfulBasis;
import uk.joinedup.caseservice.sharing.Party;
import uk.joinedup.caseservice.sharing.Purpose;

class SharingAgreementTest {

    private static final Set<LawfulBasis> PUBLIC_TASK = Set.of(LawfulBasis.PUBLIC_TASK);
    private static final Set<InformationCategory> OFFENDING = Set.of(InformationCategory.OFFENDING);
    private static final Party PROBATION = Party.agency(new AgencyId("southampton-probation"));
    private static final Party HOUSING = Party.agency(new AgencyId("southampton-housing"));

    private FixtureConfiguration<SharingAgreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SharingAgreement.class);
    }

    @Test
    void registersVersionOneWithItsTitleTrimmed() {
        Terms untrimmed = new Terms(
                "  Southampton probation and housing protocol ",
                terms().parties(),
                terms().categories(),
                terms().purposes(),
                terms().lawfulBases(),
                STARTS,
                REVIEW,
                null);
        fixture.givenNoPriorActivity()
                .when(new RegisterSharingAgreement(ISA, untrimmed, igOfficer()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered());
    }

    @Test
    void refusesAKeyworkerRegisteringAnAgreement() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSharingAgreement(ISA, terms(), probationKeyworker()))
                .expectException(InformationGovernanceOnly.class)
                .expectNoEvents();
    }

    @Test
    void refusesATeamManagerRegisteringAnAgreement() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSharingAgreement(ISA, terms(), earlyHelpManager()))
                .expectException(InformationGovernanceOnly.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnAgreementWithoutATitle() {
        Terms untitled = new Terms(
                " ",
                terms().parties(),
                terms().categories(),
                terms().purposes(),
                terms().lawfulBases(),
                STARTS,
                REVIEW,
                null);
        fixture.givenNoPriorActivity()
                .when(new RegisterSharingAgreement(ISA, untitled, igOfficer()))
                .expectException(TitleRequired.class)
                .expectNoEvents();
    }

    @Test
    void registersAnAgreementAmongTheAgenciesOfOneKind() {
        Terms amongPolice = terms(Set.of(Party.kind(AgencyKind.POLICE)), OFFENDING, PUBLIC_TASK, STARTS, REVIEW, null);
        fixture.givenNoPriorActivity()
                .when(new RegisterSharingAgreement(ISA, amongPolice, igOfficer()))
                .expectEvents(new SharingAgreementRegistered(ISA, 1, amongPolice));
    }

    @Test
    void refusesAnAgreementWithOneAgencyAlone() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSharingAgreement(
                        ISA, terms(Set.of(PROBATION), OFFENDING, PUBLIC_TASK, STARTS, REVIEW, null), igOfficer()))
                .expectException(PartiesShareWithEachOther.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnAgreementWithNoParties() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSharingAgreement(
                        ISA, terms(Set.of(), OFFENDING, PUBLIC_TASK, STARTS, REVIEW, null), igOfficer()))
                .expectException(PartiesShareWithEachOther.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnAgreementSharingNoCategory() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSharingAgreement(
                        ISA,
                        terms(Set.of(PROBATION, HOUSING), Set.of(), PUBLIC_TASK, STARTS, REVIEW, null),
                        igOfficer()))
                .expectException(CategoriesRequired.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnAgreementForNoPurpose() {
        Terms noPurpose = new Terms(
                "Protocol", Set.of(PROBATION, HOUSING), OFFENDING, Set.of(), PUBLIC_TASK, STARTS, REVIEW, null);
        fixture.givenNoPriorActivity()
                .when(new RegisterSharingAgreement(ISA, noPurpose, igOfficer()))
                .expectException(PurposesRequired.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnAgreementWithNoLawfulBasis() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSharingAgreement(
                        ISA, terms(Set.of(PROBATION, HOUSING), OFFENDING, Set.of(), STARTS, REVIEW, null), igOfficer()))
                .expectException(LawfulBasisRequired.class)
                .expectNoEvents();
    }

    @Test
    void refusesSharingHealthWithoutAnArticle9Condition() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSharingAgreement(
                        ISA,
                        terms(
                                Set.of(PROBATION, HOUSING),
                                Set.of(InformationCategory.HEALTH),
                                PUBLIC_TASK,
                                STARTS,
                                REVIEW,
                                null),
                        igOfficer()))
                .expectException(SpecialCategoryNeedsCondition.class)
                .expectNoEvents();
    }

    @Test
    void registersSharingHealthCitingAnArticle9Condition() {
        Terms health = terms(
                Set.of(PROBATION, HOUSING),
                Set.of(InformationCategory.HEALTH),
                Set.of(LawfulBasis.PUBLIC_TASK, LawfulBasis.HEALTH_OR_SOCIAL_CARE),
                STARTS,
                REVIEW,
                null);
        fixture.givenNoPriorActivity()
                .when(new RegisterSharingAgreement(ISA, health, igOfficer()))
                .expectEvents(new SharingAgreementRegistered(ISA, 1, health));
    }

    @Test
    void refusesAReviewDateOnOrBeforeTheStart() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSharingAgreement(
                        ISA,
                        terms(Set.of(PROBATION, HOUSING), OFFENDING, PUBLIC_TASK, STARTS, STARTS, null),
                        igOfficer()))
                .expectException(ReviewNotAfterStart.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnEndDateOnOrBeforeTheStart() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSharingAgreement(
                        ISA,
                        terms(Set.of(PROBATION, HOUSING), OFFENDING, PUBLIC_TASK, STARTS, REVIEW, STARTS),
                        igOfficer()))
                .expectException(EndNotAfterStart.class)
                .expectNoEvents();
    }

    @Test
    void revisesIntoTheNextVersionWithItsFullTermsAndReason() {
        Terms wider = terms(
                Set.of(PROBATION, HOUSING, Party.kind(AgencyKind.POLICE)),
                OFFENDING,
                PUBLIC_TASK,
                STARTS,
                REVIEW,
                null);
        fixture.given(registered(), new SharingAgreementRevised(ISA, 2, terms(), "Renewed"))
                .when(new ReviseSharingAgreement(ISA, wider, " Police joined ", igOfficer()))
                .expectEvents(new SharingAgreementRevised(ISA, 3, wider, "Police joined"));
    }

    @Test
    void refusesARevisionByAKeyworker() {
        fixture.given(registered())
                .when(new ReviseSharingAgreement(ISA, terms(), "Tidy", probationKeyworker()))
                .expectException(InformationGovernanceOnly.class)
                .expectNoEvents();
    }

    @Test
    void refusesARevisionThatChangesNothing() {
        fixture.given(registered())
                .when(new ReviseSharingAgreement(ISA, terms(), "Checked", igOfficer()))
                .expectException(RevisionChangesNothing.class)
                .expectNoEvents();
    }

    @Test
    void refusesARevisionWithoutAReason() {
        fixture.given(registered())
                .when(new ReviseSharingAgreement(
                        ISA,
                        terms(Set.of(PROBATION, HOUSING), OFFENDING, PUBLIC_TASK, STARTS, REVIEW, null),
                        " ",
                        igOfficer()))
                .expectException(ReasonRequired.class)
                .expectNoEvents();
    }

    @Test
    void refusesARevisionWhoseTermsBreakTheRules() {
        fixture.given(registered())
                .when(new ReviseSharingAgreement(
                        ISA,
                        terms(Set.of(PROBATION, HOUSING), OFFENDING, PUBLIC_TASK, STARTS, STARTS.minusDays(1), null),
                        "Earlier review",
                        igOfficer()))
                .expectException(ReviewNotAfterStart.class)
                .expectNoEvents();
    }

    @Test
    void refusesRevisingAnEndedAgreement() {
        fixture.given(registered(), new SharingAgreementEnded(ISA, LocalDate.of(2026, 12, 1), "Replaced"))
                .when(new ReviseSharingAgreement(
                        ISA,
                        terms(Set.of(PROBATION, HOUSING), OFFENDING, PUBLIC_TASK, STARTS, REVIEW, null),
                        "Revive it",
                        igOfficer()))
                .expectException(AgreementEnded.class)
                .expectNoEvents();
    }

    @Test
    void endsAnAgreementWithItsLastDayAndReason() {
        LocalDate lastDay = LocalDate.of(2026, 12, 31);
        fixture.given(registered())
                .when(new EndSharingAgreement(ISA, lastDay, " Replaced by the county protocol ", igOfficer()))
                .expectEvents(new SharingAgreementEnded(ISA, lastDay, "Replaced by the county protocol"));
    }

    @Test
    void endsAnAgreementOnItsFirstDay() {
        fixture.given(registered())
                .when(new EndSharingAgreement(ISA, STARTS, "Registered in error", igOfficer()))
                .expectEvents(new SharingAgreementEnded(ISA, STARTS, "Registered in error"));
    }

    @Test
    void refusesEndingAnAgreementTwice() {
        fixture.given(registered(), new SharingAgreementEnded(ISA, LocalDate.of(2026, 12, 1), "Replaced"))
                .when(new EndSharingAgreement(ISA, LocalDate.of(2026, 12, 2), "Again", igOfficer()))
                .expectException(AgreementAlreadyEnded.class)
                .expectNoEvents();
    }

    @Test
    void refusesEndingAnAgreementBeforeItStarted() {
        fixture.given(registered())
                .when(new EndSharingAgreement(ISA, STARTS.minusDays(1), "Never mind", igOfficer()))
                .expectException(EndedBeforeItStarted.class)
                .expectNoEvents();
    }

    @Test
    void refusesEndingAnAgreementWithoutAReason() {
        fixture.given(registered())
                .when(new EndSharingAgreement(ISA, LocalDate.of(2026, 12, 31), "", igOfficer()))
                .expectException(ReasonRequired.class)
                .expectNoEvents();
    }

    @Test
    void refusesAKeyworkerEndingAnAgreement() {
        fixture.given(registered())
                .when(new EndSharingAgreement(ISA, LocalDate.of(2026, 12, 31), "Done", probationKeyworker()))
                .expectException(InformationGovernanceOnly.class)
                .expectNoEvents();
    }

    @Test
    void keepsPurposesAsGiven() {
        Terms safeguarding = new Terms(
                "Safeguarding",
                Set.of(PROBATION, HOUSING),
                OFFENDING,
                Set.of(Purpose.SAFEGUARDING, Purpose.FAMILY_SUPPORT),
                Set.of(LawfulBasis.CHILDREN_ACT_2004_S11),
                STARTS,
                REVIEW,
                null);
        fixture.givenNoPriorActivity()
                .when(new RegisterSharingAgreement(ISA, safeguarding, igOfficer()))
                .expectEvents(new SharingAgreementRegistered(ISA, 1, safeguarding));
    }
}
