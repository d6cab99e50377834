package uk.joinedup.caseservice.person.domain;

import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;
import static uk.joinedup.caseservice.agency.Actors.policeOfficer;
import static uk.joinedup.caseservice.agency.Actors.probationKeyworker;
import static uk.joinedup.caseservice.agency.Actors.schoolAttendanceOfficer;
import static uk.joinedup.caseservice.agency.Actors.treatmentWorker;
import static uk.joinedup.caseservice.person.PersonFixtures.BORN;
import static uk.joinedup.caseservice.person.PersonFixtures.STEPHEN;
import static uk.joinedup.caseservice.person.PersonFixtures.TODAY;
import static uk.joinedup.caseservice.person.PersonFixtures.details;
import static uk.joinedup.caseservice.person.PersonFixtures.registered;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.catalogue.AlternativeProvision;
import uk.joinedup.caseservice.catalogue.AntiSocialBehaviourIntervention;
import uk.joinedup.caseservice.catalogue.AntiSocialBehaviourInterventionGiven;
import uk.joinedup.caseservice.catalogue.AttachedToEsfProvision;
import uk.joinedup.caseservice.catalogue.AttainmentRecorded;
import uk.joinedup.caseservice.catalogue.Benefit;
import uk.joinedup.caseservice.catalogue.BenefitClaimEnded;
import uk.joinedup.caseservice.catalogue.BenefitClaimStarted;
import uk.joinedup.caseservice.catalogue.ClaimEndReason;
import uk.joinedup.caseservice.catalogue.Disposal;
import uk.joinedup.caseservice.catalogue.EsaGroup;
import uk.joinedup.caseservice.catalogue.EsaGroupChanged;
import uk.joinedup.caseservice.catalogue.ExpectedStandard;
import uk.joinedup.caseservice.catalogue.FactCatalogue;
import uk.joinedup.caseservice.catalogue.HelpDeclined;
import uk.joinedup.caseservice.catalogue.JobStarted;
import uk.joinedup.caseservice.catalogue.LeftSchoolRoll;
import uk.joinedup.caseservice.catalogue.OffRollReason;
import uk.joinedup.caseservice.catalogue.OffenceProven;
import uk.joinedup.caseservice.catalogue.ParentRecorded;
import uk.joinedup.caseservice.catalogue.ParentsSeparated;
import uk.joinedup.caseservice.catalogue.PlacedInAlternativeProvision;
import uk.joinedup.caseservice.catalogue.PlacementReason;
import uk.joinedup.caseservice.catalogue.PregnancyRecorded;
import uk.joinedup.caseservice.catalogue.RejoinedSchoolRoll;
import uk.joinedup.caseservice.catalogue.ReturnedToTreatment;
import uk.joinedup.caseservice.catalogue.Substance;
import uk.joinedup.caseservice.catalogue.Term;
import uk.joinedup.caseservice.catalogue.TermAttendanceRecorded;
import uk.joinedup.caseservice.catalogue.TreatmentExit;
import uk.joinedup.caseservice.catalogue.TreatmentExited;
import uk.joinedup.caseservice.catalogue.TreatmentStarted;
import uk.joinedup.caseservice.catalogue.UniversalCreditRegime;
import uk.joinedup.caseservice.person.api.AgencyFactCorrected;
import uk.joinedup.caseservice.person.api.AgencyFactRecorded;
import uk.joinedup.caseservice.person.api.AgencyFactRetracted;
import uk.joinedup.caseservice.person.api.CorrectAgencyFact;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonRegistered;
import uk.joinedup.caseservice.person.api.RecordAgencyFact;
import uk.joinedup.caseservice.person.api.RecordAgencyFacts;

/**
 * The rules for the facts the outcome indicators need: parents, interventions for anti-social behaviour,
 * attainment, benefits and ESA groups, treatment episodes, jobs, and the checks on offences, attendance and
 * declined help.
 */
class PersonFactRulesTest {

    /** Stephen as a child in these tests: born in 2015, so 11 on {@code PersonFixtures.TODAY}. */
    private static final LocalDate CHILD_BORN = LocalDate.of(2015, 3, 1);

    private static final String KAREN = "person-karen";
    private static final String DARREN = "person-darren";
    private static final String LEE = "person-lee";

    private static final FactId FIRST = new FactId("fact-first");
    private static final FactId SECOND = new FactId("fact-second");
    private static final FactId THIRD = new FactId("fact-third");
    private static final FactId NEW = new FactId("fact-new");

    private FixtureConfiguration<Person> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Person.class);
    }

    // parents

    @Test
    void recordsWhoAChildsParentIsAsAnotherRegisteredPerson() {
        var parent = new ParentRecorded(KAREN, true);
        fixture.given(child())
                .when(record(parent, CHILD_BORN, earlyHelpKeyworker()))
                .expectEvents(recorded(NEW, parent, CHILD_BORN, earlyHelpKeyworker()));
    }

    @Test
    void refusesAChildAsTheirOwnParent() {
        fixture.given(child())
                .when(record(new ParentRecorded(STEPHEN.value(), true), CHILD_BORN, earlyHelpKeyworker()))
                .expectException(ParentIsTheChild.class)
                .expectNoEvents();
    }

    @Test
    void refusesTheSameParentTwice() {
        fixture.given(child(), recorded(FIRST, new ParentRecorded(KAREN, true), CHILD_BORN, earlyHelpKeyworker()))
                .when(record(new ParentRecorded(KAREN, false), CHILD_BORN, earlyHelpKeyworker()))
                .expectException(ParentAlreadyRecorded.class)
                .expectNoEvents();
    }

    @Test
    void refusesAThirdBirthParent() {
        fixture.given(childWithBothBirthParents())
                .when(record(new ParentRecorded(LEE, true), TODAY, earlyHelpKeyworker()))
                .expectException(MoreThanTwoBirthParents.class)
                .expectNoEvents();
    }

    @Test
    void acceptsAStepParentBesideTwoBirthParents() {
        var stepParent = new ParentRecorded(LEE, false);
        fixture.given(childWithBothBirthParents())
                .when(record(stepParent, TODAY, earlyHelpKeyworker()))
                .expectEvents(recorded(NEW, stepParent, TODAY, earlyHelpKeyworker()));
    }

    @Test
    void acceptsAnotherBirthParentOnceOneWasRetracted() {
        fixture.given(childWithBothBirthParents(
                        new AgencyFactRetracted(STEPHEN, SECOND, "Recorded on the wrong child")))
                .when(record(new ParentRecorded(LEE, true), TODAY, earlyHelpKeyworker()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void recordsThatTheChildsParentsSeparatedNamingBothAndTheDate() {
        LocalDate separated = LocalDate.of(2021, 6, 30);
        var separation = new ParentsSeparated(DARREN, KAREN);
        fixture.given(childWithBothBirthParents())
                .when(record(separation, separated, earlyHelpKeyworker()))
                .expectEvents(recorded(NEW, separation, separated, earlyHelpKeyworker()));
    }

    @Test
    void refusesASeparationOfSomeoneNotRecordedAsTheChildsParent() {
        fixture.given(child(), recorded(FIRST, new ParentRecorded(KAREN, true), CHILD_BORN, earlyHelpKeyworker()))
                .when(record(new ParentsSeparated(KAREN, DARREN), TODAY, earlyHelpKeyworker()))
                .expectException(ParentNotRecorded.class)
                .expectNoEvents();
    }

    // anti-social behaviour

    @Test
    void recordsTheKindOfAntiSocialBehaviourIntervention() {
        var contract = new AntiSocialBehaviourInterventionGiven(
                AntiSocialBehaviourIntervention.ACCEPTABLE_BEHAVIOUR_CONTRACT, "No gathering outside the shops");
        fixture.given(child())
                .when(record(contract, TODAY, housingOfficer()))
                .expectEvents(new AgencyFactRecorded(
                        STEPHEN, NEW, contract, TODAY, housingOfficer().agency(), InformationCategory.OFFENDING));
    }

    @Test
    void refusesAnAntiSocialBehaviourInterventionFromAJobcentre() {
        var warning = new AntiSocialBehaviourInterventionGiven(AntiSocialBehaviourIntervention.WARNING, null);
        fixture.given(child())
                .when(record(warning, TODAY, jobcentreAdviser()))
                .expectException(NotRecordableByAgency.class)
                .expectNoEvents();
    }

    // attainment

    @Test
    void recordsKeyStage2ResultsBySubjectWithFreeSchoolMeals() {
        var results = AttainmentRecorded.keyStage2(
                ExpectedStandard.MET, ExpectedStandard.NOT_MET, ExpectedStandard.MET, true);
        fixture.given(child())
                .when(record(results, TODAY, schoolAttendanceOfficer()))
                .expectEvents(recorded(NEW, results, TODAY, schoolAttendanceOfficer()));
    }

    @Test
    void recordsKeyStage4Grades() {
        var grades = AttainmentRecorded.keyStage4(5, 4, false);
        fixture.given(registered())
                .when(new RecordAgencyFact(STEPHEN, NEW, grades, BORN.plusYears(16), TODAY, schoolAttendanceOfficer()))
                .expectEvents(recorded(NEW, grades, BORN.plusYears(16), schoolAttendanceOfficer()));
    }

    // benefits

    @Test
    void recordsAUniversalCreditClaimWithItsRegime() {
        var claim = new BenefitClaimStarted(Benefit.UNIVERSAL_CREDIT, UniversalCreditRegime.WORKING_WITH_REQUIREMENTS);
        fixture.given(registered())
                .when(record(claim, TODAY, jobcentreAdviser()))
                .expectEvents(recorded(NEW, claim, TODAY, jobcentreAdviser()));
    }

    @Test
    void recordsACarersAllowanceClaim() {
        var claim = new BenefitClaimStarted(Benefit.CARERS_ALLOWANCE);
        fixture.given(registered())
                .when(record(claim, TODAY, jobcentreAdviser()))
                .expectEvents(recorded(NEW, claim, TODAY, jobcentreAdviser()));
    }

    @Test
    void recordsIncomeSupportOtherThanAsALoneParent() {
        var claim = new BenefitClaimStarted(Benefit.INCOME_SUPPORT_OTHER);
        fixture.given(registered())
                .when(record(claim, TODAY, jobcentreAdviser()))
                .expectEvents(recorded(NEW, claim, TODAY, jobcentreAdviser()));
    }

    @Test
    void movesAnOpenEsaClaimToTheSupportGroup() {
        var move = new EsaGroupChanged(EsaGroup.SUPPORT_GROUP);
        fixture.given(registered(), esaClaim(FIRST, Benefit.ESA_WORK_RELATED_ACTIVITY_GROUP, days(300)))
                .when(record(move, days(100), jobcentreAdviser()))
                .expectEvents(recorded(NEW, move, days(100), jobcentreAdviser()));
    }

    @Test
    void movesAnEsaClaimBackToTheGroupItLeft() {
        fixture.given(
                        registered(),
                        esaClaim(FIRST, Benefit.ESA_WORK_RELATED_ACTIVITY_GROUP, days(300)),
                        recorded(SECOND, new EsaGroupChanged(EsaGroup.SUPPORT_GROUP), days(200), jobcentreAdviser()))
                .when(record(new EsaGroupChanged(EsaGroup.WORK_RELATED_ACTIVITY_GROUP), days(100), jobcentreAdviser()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesAnEsaGroupChangeWithoutAnEsaClaim() {
        fixture.given(registered(), esaClaim(FIRST, Benefit.JOBSEEKERS_ALLOWANCE, days(300)))
                .when(record(new EsaGroupChanged(EsaGroup.SUPPORT_GROUP), days(100), jobcentreAdviser()))
                .expectException(NoEsaClaim.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnEsaGroupChangeDatedBeforeTheClaimStarted() {
        fixture.given(registered(), esaClaim(FIRST, Benefit.ESA_WORK_RELATED_ACTIVITY_GROUP, days(100)))
                .when(record(new EsaGroupChanged(EsaGroup.SUPPORT_GROUP), days(101), jobcentreAdviser()))
                .expectException(NoEsaClaim.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnEsaGroupChangeAfterTheClaimEnded() {
        fixture.given(
                        registered(),
                        esaClaim(FIRST, Benefit.ESA_WORK_RELATED_ACTIVITY_GROUP, days(300)),
                        recorded(
                                SECOND,
                                new BenefitClaimEnded(
                                        Benefit.ESA_WORK_RELATED_ACTIVITY_GROUP, ClaimEndReason.FOUND_WORK),
                                days(200),
                                jobcentreAdviser()))
                .when(record(new EsaGroupChanged(EsaGroup.SUPPORT_GROUP), days(100), jobcentreAdviser()))
                .expectException(NoEsaClaim.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnEsaGroupChangeIntoTheGroupTheClaimIsIn() {
        fixture.given(registered(), esaClaim(FIRST, Benefit.ESA_SUPPORT_GROUP, days(300)))
                .when(record(new EsaGroupChanged(EsaGroup.SUPPORT_GROUP), days(100), jobcentreAdviser()))
                .expectException(EsaGroupUnchanged.class)
                .expectNoEvents();
    }

    // treatment episodes

    @Test
    void recordsATreatmentExitEndingTheStartItNames() {
        var exit = new TreatmentExited(TreatmentExit.COMPLETED_DRUG_FREE, FIRST.value());
        fixture.given(registered(), treatmentStarted(FIRST, days(200), true))
                .when(record(exit, days(20), treatmentWorker()))
                .expectEvents(recorded(NEW, exit, days(20), treatmentWorker()));
    }

    @Test
    void recordsAnExitEndingAReturnToTreatment() {
        fixture.given(
                        registered(),
                        treatmentStarted(FIRST, days(300), true),
                        recorded(
                                SECOND,
                                new TreatmentExited(TreatmentExit.DROPPED_OUT, FIRST.value()),
                                days(250),
                                treatmentWorker()),
                        recorded(THIRD, new ReturnedToTreatment(Substance.DRUGS), days(200), treatmentWorker()))
                .when(record(
                        new TreatmentExited(TreatmentExit.COMPLETED_DRUG_FREE, THIRD.value()),
                        days(20),
                        treatmentWorker()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesAnExitNamingAStartNotOnTheRecord() {
        fixture.given(registered(), treatmentStarted(FIRST, days(200), true))
                .when(record(
                        new TreatmentExited(TreatmentExit.DROPPED_OUT, "fact-elsewhere"), days(20), treatmentWorker()))
                .expectException(UnknownTreatmentStart.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnExitNamingAFactThatIsNoTreatmentStart() {
        fixture.given(registered(), recorded(FIRST, new JobStarted(null, 20), days(200), jobcentreAdviser()))
                .when(record(
                        new TreatmentExited(TreatmentExit.DROPPED_OUT, FIRST.value()), days(20), treatmentWorker()))
                .expectException(UnknownTreatmentStart.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnExitBeforeTheStartItEnds() {
        fixture.given(registered(), treatmentStarted(FIRST, days(200), true))
                .when(record(
                        new TreatmentExited(TreatmentExit.DROPPED_OUT, FIRST.value()), days(201), treatmentWorker()))
                .expectException(TreatmentExitBeforeStart.class)
                .expectNoEvents();
    }

    @Test
    void refusesASecondExitFromTheSameStart() {
        fixture.given(
                        registered(),
                        treatmentStarted(FIRST, days(200), true),
                        recorded(
                                SECOND,
                                new TreatmentExited(TreatmentExit.DROPPED_OUT, FIRST.value()),
                                days(100),
                                treatmentWorker()))
                .when(record(
                        new TreatmentExited(TreatmentExit.TRANSFERRED, FIRST.value()), days(20), treatmentWorker()))
                .expectException(TreatmentAlreadyExited.class)
                .expectNoEvents();
    }

    @Test
    void correctsAnExitKeepingItsOwnStart() {
        // the exit being corrected is not a second exit from its start
        var corrected = new TreatmentExited(TreatmentExit.COMPLETED_ALCOHOL_FREE, FIRST.value());
        fixture.given(
                        registered(),
                        treatmentStarted(FIRST, days(200), true),
                        recorded(
                                SECOND,
                                new TreatmentExited(TreatmentExit.COMPLETED_DRUG_FREE, FIRST.value()),
                                days(100),
                                treatmentWorker()))
                .when(new CorrectAgencyFact(
                        STEPHEN, SECOND, corrected, days(100), "Alcohol, not drugs", TODAY, treatmentWorker()))
                .expectEvents(new AgencyFactCorrected(STEPHEN, SECOND, corrected, days(100), "Alcohol, not drugs"));
    }

    @Test
    void refusesAFirstTreatmentWhenAnEarlierStartIsOnTheRecord() {
        fixture.given(registered(), treatmentStarted(FIRST, days(900), true))
                .when(record(new TreatmentStarted(Substance.ALCOHOL, true), days(20), treatmentWorker()))
                .expectException(NotFirstTreatment.class)
                .expectNoEvents();
    }

    @Test
    void recordsAFirstTreatmentWhenOnlyOtherKindsOfFactCameBefore() {
        var first = new TreatmentStarted(Substance.ALCOHOL, true);
        fixture.given(registered(), esaClaim(FIRST, Benefit.ESA_SUPPORT_GROUP, days(900)))
                .when(record(first, days(20), treatmentWorker()))
                .expectEvents(recorded(NEW, first, days(20), treatmentWorker()));
    }

    @Test
    void anExitCorrectedOnceCanBeCorrectedAgain() {
        // the corrected exit stays on the record: a second correction finds it
        var once = new TreatmentExited(TreatmentExit.COMPLETED_ALCOHOL_FREE, FIRST.value());
        var twice = new TreatmentExited(TreatmentExit.DROPPED_OUT, FIRST.value());
        fixture.given(
                        registered(),
                        treatmentStarted(FIRST, days(200), true),
                        recorded(
                                SECOND,
                                new TreatmentExited(TreatmentExit.COMPLETED_DRUG_FREE, FIRST.value()),
                                days(100),
                                treatmentWorker()),
                        new AgencyFactCorrected(STEPHEN, SECOND, once, days(100), "Alcohol, not drugs"))
                .when(new CorrectAgencyFact(
                        STEPHEN, SECOND, twice, days(100), "They left before the end", TODAY, treatmentWorker()))
                .expectEvents(new AgencyFactCorrected(STEPHEN, SECOND, twice, days(100), "They left before the end"));
    }

    @Test
    void recordsALaterTreatmentAsNotTheFirst() {
        var again = new TreatmentStarted(Substance.ALCOHOL, false);
        fixture.given(registered(), treatmentStarted(FIRST, days(900), true))
                .when(record(again, days(20), treatmentWorker()))
                .expectEvents(recorded(NEW, again, days(20), treatmentWorker()));
    }

    // jobs

    @Test
    void recordsAJobOfZeroContractedHours() {
        var zeroHours = new JobStarted("Solent Logistics", 0);
        fixture.given(registered())
                .when(record(zeroHours, TODAY, jobcentreAdviser()))
                .expectEvents(recorded(NEW, zeroHours, TODAY, jobcentreAdviser()));
    }

    // school rolls, alternative provision and provision towards work

    @Test
    void recordsAChildLeavingASchoolRollAndRejoiningOne() {
        var rejoined = new RejoinedSchoolRoll("Bitterne Park School");
        fixture.given(child(), leftRoll(FIRST, days(60)))
                .when(record(rejoined, days(10), schoolAttendanceOfficer()))
                .expectEvents(recorded(NEW, rejoined, days(10), schoolAttendanceOfficer()));
    }

    @Test
    void recordsLeavingASchoolRollAgainAfterRejoiningOne() {
        var left = new LeftSchoolRoll(OffRollReason.ELECTIVE_HOME_EDUCATION);
        fixture.given(child(), leftRoll(FIRST, days(60)), rejoinedRoll(SECOND, days(30)))
                .when(record(left, days(30), schoolAttendanceOfficer()))
                .expectEvents(recorded(NEW, left, days(30), schoolAttendanceOfficer()));
    }

    @Test
    void recordsLeavingASchoolRollWhenOnlyOtherKindsOfFactCameBefore() {
        var left = new LeftSchoolRoll(OffRollReason.CHILD_MISSING_EDUCATION);
        fixture.given(
                        child(),
                        recorded(
                                FIRST,
                                new TermAttendanceRecorded("2025/26", Term.AUTUMN, 140, 6, 30),
                                days(90),
                                schoolAttendanceOfficer()))
                .when(record(left, days(10), schoolAttendanceOfficer()))
                .expectEvents(recorded(NEW, left, days(10), schoolAttendanceOfficer()));
    }

    @Test
    void refusesLeavingASchoolRollWhileAlreadyOffOne() {
        fixture.given(child(), leftRoll(FIRST, days(60)))
                .when(record(new LeftSchoolRoll(OffRollReason.OTHER), days(10), schoolAttendanceOfficer()))
                .expectException(AlreadyOffSchoolRoll.class)
                .expectNoEvents();
    }

    @Test
    void refusesALeavingDatedBeforeALaterLeavingWithNoRejoiningBetween() {
        fixture.given(child(), leftRoll(FIRST, days(60)), rejoinedRoll(SECOND, days(30)))
                .when(record(new LeftSchoolRoll(OffRollReason.OTHER), days(45), schoolAttendanceOfficer()))
                .expectException(AlreadyOffSchoolRoll.class)
                .expectNoEvents();
    }

    @Test
    void refusesRejoiningASchoolRollTheRecordNeverSaysTheChildLeft() {
        fixture.given(child())
                .when(record(new RejoinedSchoolRoll("Bitterne Park School"), days(10), schoolAttendanceOfficer()))
                .expectException(NotOffSchoolRoll.class)
                .expectNoEvents();
    }

    @Test
    void refusesRejoiningBeforeTheDayTheChildLeft() {
        fixture.given(child(), leftRoll(FIRST, days(60)))
                .when(record(new RejoinedSchoolRoll("Bitterne Park School"), days(61), schoolAttendanceOfficer()))
                .expectException(NotOffSchoolRoll.class)
                .expectNoEvents();
    }

    @Test
    void refusesASecondRejoiningForOneLeaving() {
        fixture.given(child(), leftRoll(FIRST, days(60)), rejoinedRoll(SECOND, days(30)))
                .when(record(new RejoinedSchoolRoll("Woodlands"), days(40), schoolAttendanceOfficer()))
                .expectException(NotOffSchoolRoll.class)
                .expectNoEvents();
    }

    @Test
    void aRetractedLeavingLeavesNothingToRejoin() {
        fixture.given(child(), leftRoll(FIRST, days(60)), new AgencyFactRetracted(STEPHEN, FIRST, "Wrong child"))
                .when(record(new RejoinedSchoolRoll("Bitterne Park School"), days(10), schoolAttendanceOfficer()))
                .expectException(NotOffSchoolRoll.class)
                .expectNoEvents();
    }

    @Test
    void correctsTheDayALeavingHappenedWithoutCountingItAgainstItself() {
        var left = new LeftSchoolRoll(OffRollReason.CHILD_MISSING_EDUCATION);
        fixture.given(child(), leftRoll(FIRST, days(60)))
                .when(new CorrectAgencyFact(
                        STEPHEN,
                        FIRST,
                        left,
                        days(50),
                        "Left later than first recorded",
                        TODAY,
                        schoolAttendanceOfficer()))
                .expectEvents(
                        new AgencyFactCorrected(STEPHEN, FIRST, left, days(50), "Left later than first recorded"));
    }

    @Test
    void refusesCorrectingALeavingToAfterTheRejoiningThatEndedIt() {
        fixture.given(child(), leftRoll(FIRST, days(60)), rejoinedRoll(SECOND, days(30)))
                .when(new CorrectAgencyFact(
                        STEPHEN,
                        FIRST,
                        new LeftSchoolRoll(OffRollReason.CHILD_MISSING_EDUCATION),
                        days(20),
                        "Left later than first recorded",
                        TODAY,
                        schoolAttendanceOfficer()))
                .expectException(NotOffSchoolRoll.class)
                .expectNoEvents();
    }

    @Test
    void recordsAPlacementInAPupilReferralUnitBecauseOfExclusion() {
        var placed =
                new PlacedInAlternativeProvision(AlternativeProvision.PUPIL_REFERRAL_UNIT, PlacementReason.EXCLUDED);
        fixture.given(child())
                .when(record(placed, days(5), schoolAttendanceOfficer()))
                .expectEvents(new AgencyFactRecorded(
                        STEPHEN,
                        NEW,
                        placed,
                        days(5),
                        schoolAttendanceOfficer().agency(),
                        InformationCategory.EDUCATION));
    }

    @Test
    void refusesAPlacementInAlternativeProvisionFromTheCouncilsEarlyHelpService() {
        fixture.given(child())
                .when(record(
                        new PlacedInAlternativeProvision(
                                AlternativeProvision.ALTERNATIVE_PROVISION, PlacementReason.OTHER),
                        days(5),
                        earlyHelpKeyworker()))
                .expectException(NotRecordableByAgency.class)
                .expectNoEvents();
    }

    @Test
    void recordsAttachmentToEsfProvisionByEarlyHelpAsEmploymentInformation() {
        var attached = new AttachedToEsfProvision("Reed in Partnership");
        fixture.given(registered())
                .when(record(attached, TODAY, earlyHelpKeyworker()))
                .expectEvents(new AgencyFactRecorded(
                        STEPHEN,
                        NEW,
                        attached,
                        TODAY,
                        earlyHelpKeyworker().agency(),
                        InformationCategory.EMPLOYMENT_AND_BENEFITS));
    }

    @Test
    void refusesAttachmentToEsfProvisionFromThePolice() {
        fixture.given(registered())
                .when(record(new AttachedToEsfProvision("Reed in Partnership"), TODAY, policeOfficer()))
                .expectException(NotRecordableByAgency.class)
                .expectNoEvents();
    }

    // offences

    @Test
    void refusesAnOffenceCommittedUnderTen() {
        LocalDate dayBeforeTenthBirthday = CHILD_BORN.plusYears(10).minusDays(1);
        fixture.given(child())
                .when(record(
                        new OffenceProven("Criminal damage", dayBeforeTenthBirthday, Disposal.REPRIMAND),
                        TODAY,
                        policeOfficer()))
                .expectException(OffenceUnderTen.class)
                .expectNoEvents();
    }

    @Test
    void acceptsAnOffenceCommittedOnTheTenthBirthday() {
        var offence = new OffenceProven("Criminal damage", CHILD_BORN.plusYears(10), Disposal.REPRIMAND);
        fixture.given(child())
                .when(record(offence, TODAY, policeOfficer()))
                .expectEvents(recorded(NEW, offence, TODAY, policeOfficer()));
    }

    @Test
    void refusesAnOffenceCommittedBeforeThePersonWasBorn() {
        fixture.given(registered())
                .when(record(
                        new OffenceProven("Theft", BORN.minusDays(1), Disposal.CAUTION), TODAY, probationKeyworker()))
                .expectException(OffenceBeforeBirth.class)
                .expectNoEvents();
    }

    // pregnancy

    @ParameterizedTest(name = "due {0} days after it was known")
    @ValueSource(ints = {0, 294})
    void acceptsADueDateFromTheDayThePregnancyWasKnownTo42WeeksLater(int daysAfter) {
        var pregnancy = new PregnancyRecorded(days(100).plusDays(daysAfter));
        fixture.given(registered())
                .when(record(pregnancy, days(100), treatmentWorker()))
                .expectEvents(recorded(NEW, pregnancy, days(100), treatmentWorker()));
    }

    @Test
    void refusesADueDateBeforeThePregnancyWasKnown() {
        fixture.given(registered())
                .when(record(new PregnancyRecorded(days(101)), days(100), treatmentWorker()))
                .expectException(DueDateBeforePregnancyKnown.class)
                .expectExceptionMessage("The due date, " + inWords(days(101)) + ", is before the pregnancy was known, "
                        + inWords(days(100)) + ": if the baby has been born, record that the pregnancy ended")
                .expectNoEvents();
    }

    @Test
    void refusesADueDateMoreThan42WeeksAfterThePregnancyWasKnown() {
        fixture.given(registered())
                .when(record(new PregnancyRecorded(days(100).plusDays(295)), days(100), treatmentWorker()))
                .expectException(DueDateTooFarAhead.class)
                .expectExceptionMessage("The due date, " + inWords(days(100).plusDays(295))
                        + ", is more than 42 weeks after the pregnancy was known: it must be on or before "
                        + inWords(days(100).plusDays(294)))
                .expectNoEvents();
    }

    @Test
    void refusesACorrectionThatMovesTheDayThePregnancyWasKnownAfterItsDueDate() {
        var pregnancy = new PregnancyRecorded(days(20));
        fixture.given(registered(), recorded(FIRST, pregnancy, days(250), treatmentWorker()))
                .when(new CorrectAgencyFact(
                        STEPHEN, FIRST, pregnancy, days(10), "Known later", TODAY, treatmentWorker()))
                .expectException(DueDateBeforePregnancyKnown.class)
                .expectNoEvents();
    }

    // attendance

    @Test
    void aSecondAttendanceRecordForTheSameTermCorrectsTheFirst() {
        var first = new TermAttendanceRecorded("2025/26", Term.AUTUMN, 140, 6, 10);
        var again = new TermAttendanceRecorded("2025/26", Term.AUTUMN, 140, 6, 14);
        fixture.given(child(), recorded(FIRST, first, days(30), schoolAttendanceOfficer()))
                .when(record(again, days(2), schoolAttendanceOfficer()))
                .expectResultMessagePayload(FIRST)
                .expectEvents(new AgencyFactCorrected(
                        STEPHEN, FIRST, again, days(2), "Attendance for the autumn term of 2025/26 recorded again"));
    }

    @Test
    void theSameAttendanceRecordedAgainChangesNothing() {
        var attendance = new TermAttendanceRecorded("2025/26", Term.AUTUMN, 140, 6, 10);
        fixture.given(child(), recorded(FIRST, attendance, days(30), schoolAttendanceOfficer()))
                .when(record(attendance, days(30), schoolAttendanceOfficer()))
                .expectResultMessagePayload(FIRST)
                .expectNoEvents();
    }

    @Test
    void anotherTermsAttendanceIsANewRecord() {
        var spring = new TermAttendanceRecorded("2025/26", Term.SPRING, 120, 2, 0);
        fixture.given(
                        child(),
                        recorded(
                                FIRST,
                                new TermAttendanceRecorded("2025/26", Term.AUTUMN, 140, 6, 10),
                                days(30),
                                schoolAttendanceOfficer()))
                .when(record(spring, TODAY, schoolAttendanceOfficer()))
                .expectResultMessagePayload(NEW)
                .expectEvents(recorded(NEW, spring, TODAY, schoolAttendanceOfficer()));
    }

    @Test
    void aRetractedAttendanceRecordLeavesTheTermFree() {
        var attendance = new TermAttendanceRecorded("2025/26", Term.AUTUMN, 140, 6, 10);
        fixture.given(
                        child(),
                        recorded(FIRST, attendance, days(30), schoolAttendanceOfficer()),
                        new AgencyFactRetracted(STEPHEN, FIRST, "Wrong child"))
                .when(record(attendance, TODAY, schoolAttendanceOfficer()))
                .expectEvents(recorded(NEW, attendance, TODAY, schoolAttendanceOfficer()));
    }

    @Test
    void refusesAnAttendanceRecordForATermAnotherSchoolRecorded() {
        fixture.given(
                        child(),
                        recorded(
                                FIRST,
                                new TermAttendanceRecorded("2025/26", Term.AUTUMN, 140, 6, 10),
                                days(30),
                                anotherSchool()))
                .when(record(
                        new TermAttendanceRecorded("2025/26", Term.AUTUMN, 140, 0, 0),
                        TODAY,
                        schoolAttendanceOfficer()))
                .expectException(AttendanceRecordedByAnotherAgency.class)
                .expectNoEvents();
    }

    @Test
    void refusesACorrectionMovingAttendanceOntoATermAlreadyRecorded() {
        fixture.given(
                        child(),
                        recorded(
                                FIRST,
                                new TermAttendanceRecorded("2025/26", Term.AUTUMN, 140, 6, 10),
                                days(90),
                                schoolAttendanceOfficer()),
                        recorded(
                                SECOND,
                                new TermAttendanceRecorded("2025/26", Term.SPRING, 120, 2, 0),
                                days(30),
                                schoolAttendanceOfficer()))
                .when(new CorrectAgencyFact(
                        STEPHEN,
                        SECOND,
                        new TermAttendanceRecorded("2025/26", Term.AUTUMN, 120, 2, 0),
                        days(30),
                        "Wrong term",
                        TODAY,
                        schoolAttendanceOfficer()))
                .expectException(AttendanceAlreadyRecorded.class)
                .expectNoEvents();
    }

    // several facts at once (an import's rows about one person)

    @Test
    void recordsSeveralFactsInTurn() {
        var autumn = new TermAttendanceRecorded("2025/26", Term.AUTUMN, 140, 6, 10);
        var spring = new TermAttendanceRecorded("2025/26", Term.SPRING, 120, 2, 0);
        fixture.given(child())
                .when(several(fact(FIRST, autumn, days(100)), fact(SECOND, spring, days(10))))
                .expectEvents(
                        recorded(FIRST, autumn, days(100), schoolAttendanceOfficer()),
                        recorded(SECOND, spring, days(10), schoolAttendanceOfficer()));
    }

    @Test
    void recordsNoneOfSeveralFactsWhenOneIsRefused() {
        var autumn = new TermAttendanceRecorded("2025/26", Term.AUTUMN, 140, 6, 10);
        fixture.given(child())
                .when(several(fact(FIRST, autumn, days(100)), fact(SECOND, autumn, CHILD_BORN.minusDays(1))))
                .expectException(FactBeforeBirth.class)
                .expectNoEvents();
    }

    @Test
    void refusesTheSameFactTwiceAmongSeveral() {
        var autumn = new TermAttendanceRecorded("2025/26", Term.AUTUMN, 140, 6, 10);
        fixture.given(child())
                .when(several(fact(FIRST, autumn, days(100)), fact(FIRST, autumn, days(100))))
                .expectException(FactAlreadyRecorded.class)
                .expectNoEvents();
    }

    @Test
    void refusesAmongSeveralAFactRecordedBefore() {
        var autumn = new TermAttendanceRecorded("2025/26", Term.AUTUMN, 140, 6, 10);
        fixture.given(child(), recorded(FIRST, autumn, days(100), schoolAttendanceOfficer()))
                .when(several(fact(FIRST, autumn, days(100))))
                .expectException(FactAlreadyRecorded.class)
                .expectNoEvents();
    }

    @Test
    void aTermRecordedTwiceAmongSeveralCorrectsTheFirst() {
        var first = new TermAttendanceRecorded("2025/26", Term.AUTUMN, 140, 6, 10);
        var again = new TermAttendanceRecorded("2025/26", Term.AUTUMN, 140, 6, 14);
        fixture.given(child())
                .when(several(fact(FIRST, first, days(100)), fact(SECOND, again, days(100))))
                .expectEvents(
                        recorded(FIRST, first, days(100), schoolAttendanceOfficer()),
                        new AgencyFactCorrected(
                                STEPHEN,
                                FIRST,
                                again,
                                days(100),
                                "Attendance for the autumn term of 2025/26 recorded again"));
    }

    @Test
    void refusesSeveralFactsThatAreNone() {
        fixture.given(child())
                .when(several())
                .expectException(NothingToRecord.class)
                .expectNoEvents();
    }

    // help declined

    @Test
    void helpDeclinedIsOfTheRecordingAgencysOwnCategory() {
        var declined = new HelpDeclined("A place in the alcohol recovery group");
        fixture.given(registered())
                .when(record(declined, TODAY, treatmentWorker()))
                .expectEvents(new AgencyFactRecorded(
                        STEPHEN, NEW, declined, TODAY, treatmentWorker().agency(), InformationCategory.HEALTH));
    }

    @Test
    void helpDeclinedByAJobcentreIsEmploymentInformation() {
        var declined = new HelpDeclined("Work coach appointments");
        fixture.given(registered())
                .when(record(declined, TODAY, jobcentreAdviser()))
                .expectEvents(new AgencyFactRecorded(
                        STEPHEN,
                        NEW,
                        declined,
                        TODAY,
                        jobcentreAdviser().agency(),
                        InformationCategory.EMPLOYMENT_AND_BENEFITS));
    }

    private static PersonRegistered child() {
        return new PersonRegistered(
                STEPHEN, details(CHILD_BORN), earlyHelpKeyworker().agency());
    }

    /** The child, Darren and Karen recorded as their birth parents, then any more events. */
    private static List<Object> childWithBothBirthParents(Object... more) {
        List<Object> events = new ArrayList<>(List.of(
                child(),
                recorded(FIRST, new ParentRecorded(DARREN, true), CHILD_BORN, earlyHelpKeyworker()),
                recorded(SECOND, new ParentRecorded(KAREN, true), CHILD_BORN, earlyHelpKeyworker())));
        events.addAll(List.of(more));
        return events;
    }

    private static AgencyFactRecorded leftRoll(FactId id, LocalDate on) {
        return recorded(id, new LeftSchoolRoll(OffRollReason.CHILD_MISSING_EDUCATION), on, schoolAttendanceOfficer());
    }

    private static AgencyFactRecorded rejoinedRoll(FactId id, LocalDate on) {
        return recorded(id, new RejoinedSchoolRoll("Bitterne Park School"), on, schoolAttendanceOfficer());
    }

    private static AgencyFactRecorded esaClaim(FactId id, Benefit benefit, LocalDate on) {
        return recorded(id, new BenefitClaimStarted(benefit), on, jobcentreAdviser());
    }

    private static AgencyFactRecorded treatmentStarted(FactId id, LocalDate on, boolean first) {
        return recorded(id, new TreatmentStarted(Substance.DRUGS, first), on, treatmentWorker());
    }

    private static RecordAgencyFact record(AgencyFact fact, LocalDate occurredOn, Actor by) {
        return new RecordAgencyFact(STEPHEN, NEW, fact, occurredOn, TODAY, by);
    }

    private static RecordAgencyFacts several(RecordAgencyFacts.FactToRecord... facts) {
        return new RecordAgencyFacts(STEPHEN, List.of(facts), TODAY, schoolAttendanceOfficer());
    }

    private static RecordAgencyFacts.FactToRecord fact(FactId id, AgencyFact fact, LocalDate occurredOn) {
        return new RecordAgencyFacts.FactToRecord(id, fact, occurredOn);
    }

    private static AgencyFactRecorded recorded(FactId id, AgencyFact fact, LocalDate occurredOn, Actor by) {
        return new AgencyFactRecorded(
                STEPHEN, id, fact, occurredOn, by.agency(), FactCatalogue.category(fact, by.agencyKind()));
    }

    private static String inWords(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    }

    private static LocalDate days(int ago) {
        return TODAY.minusDays(ago);
    }

    private static Actor anotherSchool() {
        return new Actor(
                "sol.green",
                "Sol Green",
                new AgencyId("woodlands-school"),
                "Woodlands Community College",
                AgencyKind.EDUCATION,
                Set.of(Role.KEYWORKER),
                "woodlands-attendance");
    }
}
