package uk.joinedup.caseservice.person.domain;

import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.probationKeyworker;
import static uk.joinedup.caseservice.person.PersonFixtures.BORN;
import static uk.joinedup.caseservice.person.PersonFixtures.STEPHEN;
import static uk.joinedup.caseservice.person.PersonFixtures.TODAY;
import static uk.joinedup.caseservice.person.PersonFixtures.details;
import static uk.joinedup.caseservice.person.PersonFixtures.factRecorded;
import static uk.joinedup.caseservice.person.PersonFixtures.registered;

import java.time.LocalDate;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.catalogue.AntiSocialBehaviourReported;
import uk.joinedup.caseservice.catalogue.CaseNoteWritten;
import uk.joinedup.caseservice.catalogue.Disposal;
import uk.joinedup.caseservice.catalogue.OffenceProven;
import uk.joinedup.caseservice.person.api.AgencyFactCorrected;
import uk.joinedup.caseservice.person.api.AgencyFactRecorded;
import uk.joinedup.caseservice.person.api.AgencyFactRetracted;
import uk.joinedup.caseservice.person.api.CorrectAgencyFact;
import uk.joinedup.caseservice.person.api.CorrectPersonDetails;
import uk.joinedup.caseservice.person.api.DeathRecorded;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonDetailsCorrected;
import uk.joinedup.caseservice.person.api.PersonName;
import uk.joinedup.caseservice.person.api.PersonRegistered;
import uk.joinedup.caseservice.person.api.RecordAgencyFact;
import uk.joinedup.caseservice.person.api.RecordDeath;
import uk.joinedup.caseservice.person.api.RegisterPerson;
import uk.joinedup.caseservice.person.api.RetractAgencyFact;
import uk.joinedup.caseservice.rules.DatedInFuture;
import uk.joinedup.caseservice.rules.ReasonRequired;

class PersonTest {

    private static final FactId NOTE = new FactId("fact-note");
    private static final CaseNoteWritten A_NOTE = new CaseNoteWritten("Home visit; Stephen engaged well.");

    private FixtureConfiguration<Person> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Person.class);
    }

    @Test
    void registersAPersonForTheRegisteringAgency() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(STEPHEN, details(), TODAY, probationKeyworker()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PersonRegistered(
                        STEPHEN, details(), probationKeyworker().agency()));
    }

    @Test
    void refusesADateOfBirthAfterToday() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(STEPHEN, details(TODAY.plusDays(1)), TODAY, probationKeyworker()))
                .expectException(DateOfBirthInFuture.class)
                .expectNoEvents();
    }

    @Test
    void correctsDetailsKeepingTheReason() {
        var corrected = details().withName(new PersonName("Steven", "Walker"));
        fixture.given(registered())
                .when(new CorrectPersonDetails(
                        STEPHEN, 0L, corrected, " Misspelt at registration ", earlyHelpKeyworker()))
                .expectEvents(new PersonDetailsCorrected(STEPHEN, corrected, "Misspelt at registration"));
    }

    @Test
    void refusesACorrectionThatChangesNothing() {
        fixture.given(registered())
                .when(new CorrectPersonDetails(STEPHEN, 0L, details(), "Checked", earlyHelpKeyworker()))
                .expectException(CorrectionChangesNothing.class)
                .expectNoEvents();
    }

    @Test
    void refusesACorrectionWithoutAReason() {
        fixture.given(registered())
                .when(new CorrectPersonDetails(
                        STEPHEN, 0L, details().withName(new PersonName("Steven", "Walker")), " ", earlyHelpKeyworker()))
                .expectException(ReasonRequired.class)
                .expectNoEvents();
    }

    @Test
    void refusesACorrectionMadeOnAStaleVersion() {
        fixture.given(registered(), factRecorded(NOTE, A_NOTE, earlyHelpKeyworker()))
                .when(new CorrectPersonDetails(
                        STEPHEN,
                        0L,
                        details().withName(new PersonName("Steven", "Walker")),
                        "Typo",
                        earlyHelpKeyworker()))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aStaleCorrectionIsAConflictEvenWhenAColleagueMadeTheSameOne() {
        // two keyworkers fix the same misspelling from the same page: the second is told the record changed
        var corrected = details().withName(new PersonName("Steven", "Walker"));
        fixture.given(registered(), new PersonDetailsCorrected(STEPHEN, corrected, "Misspelt at registration"))
                .when(new CorrectPersonDetails(STEPHEN, 0L, corrected, "Typo in the name", earlyHelpKeyworker()))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void refusesADeathRecordedOnAStaleVersion() {
        // the record changed after the user looked at it: they are told so, not left to decide on it unseen
        fixture.given(registered(), factRecorded(NOTE, A_NOTE, earlyHelpKeyworker()))
                .when(new RecordDeath(STEPHEN, 0L, TODAY.minusDays(3), TODAY, housingOfficer()))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void recordsADeathOnTheVersionAsItIs() {
        LocalDate died = TODAY.minusDays(3);
        fixture.given(registered(), factRecorded(NOTE, A_NOTE, earlyHelpKeyworker()))
                .when(new RecordDeath(STEPHEN, 1L, died, TODAY, housingOfficer()))
                .expectEvents(new DeathRecorded(STEPHEN, died, housingOfficer().agency()));
    }

    @Test
    void aDeathTwoColleaguesRecordFromTheSamePageIsAConflictForTheSecondBeforeItIsAlreadyRecorded() {
        // the death is checked for a conflict first: the second is told the record changed, which is
        // what happened, not only that the death is already there
        LocalDate died = TODAY.minusDays(3);
        fixture.given(
                        registered(),
                        new DeathRecorded(STEPHEN, died, housingOfficer().agency()))
                .when(new RecordDeath(STEPHEN, 0L, died, TODAY, earlyHelpKeyworker()))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aSecondDeathOnTheVersionAsItIsIsRefusedAsAlreadyRecorded() {
        LocalDate died = TODAY.minusDays(3);
        fixture.given(
                        registered(),
                        new DeathRecorded(STEPHEN, died, housingOfficer().agency()))
                .when(new RecordDeath(STEPHEN, 1L, died, TODAY, earlyHelpKeyworker()))
                .expectException(DeathAlreadyRecorded.class)
                .expectNoEvents();
    }

    @Test
    void refusesADateOfBirthBefore1900() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(STEPHEN, details(LocalDate.of(1899, 12, 31)), TODAY, probationKeyworker()))
                .expectException(DateOfBirthTooEarly.class)
                .expectNoEvents();
    }

    @Test
    void refusesACorrectionToADateOfBirthBefore1900() {
        fixture.given(registered())
                .when(new CorrectPersonDetails(
                        STEPHEN, 0L, details(LocalDate.of(-999_999_999, 1, 1)), "Typo", earlyHelpKeyworker()))
                .expectException(DateOfBirthTooEarly.class)
                .expectNoEvents();
    }

    @Test
    void acceptsADateOfBirthOnTheFirstDayOf1900() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(STEPHEN, details(LocalDate.of(1900, 1, 1)), TODAY, probationKeyworker()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesAFactDatedBeforeThePersonWasBorn() {
        fixture.given(registered())
                .when(new RecordAgencyFact(STEPHEN, NOTE, A_NOTE, BORN.minusDays(1), TODAY, probationKeyworker()))
                .expectException(FactBeforeBirth.class)
                .expectNoEvents();
    }

    @Test
    void refusesAFactDatedAfterThePersonDied() {
        LocalDate died = TODAY.minusDays(10);
        fixture.given(
                        registered(),
                        new DeathRecorded(STEPHEN, died, housingOfficer().agency()))
                .when(new RecordAgencyFact(STEPHEN, NOTE, A_NOTE, died.plusDays(1), TODAY, probationKeyworker()))
                .expectException(FactAfterDeath.class)
                .expectNoEvents();
    }

    @Test
    void acceptsAFactOnTheDayOfDeath() {
        LocalDate died = TODAY.minusDays(10);
        fixture.given(
                        registered(),
                        new DeathRecorded(STEPHEN, died, housingOfficer().agency()))
                .when(new RecordAgencyFact(STEPHEN, NOTE, A_NOTE, died, TODAY, probationKeyworker()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void recordsADeath() {
        LocalDate died = TODAY.minusDays(3);
        fixture.given(registered())
                .when(new RecordDeath(STEPHEN, null, died, TODAY, housingOfficer()))
                .expectEvents(new DeathRecorded(STEPHEN, died, housingOfficer().agency()));
    }

    @Test
    void refusesASecondDeath() {
        fixture.given(
                        registered(),
                        new DeathRecorded(
                                STEPHEN, TODAY.minusDays(3), housingOfficer().agency()))
                .when(new RecordDeath(STEPHEN, null, TODAY, TODAY, housingOfficer()))
                .expectException(DeathAlreadyRecorded.class)
                .expectNoEvents();
    }

    @Test
    void refusesADeathBeforeBirth() {
        fixture.given(registered())
                .when(new RecordDeath(STEPHEN, null, BORN.minusDays(1), TODAY, housingOfficer()))
                .expectException(DeathBeforeBirth.class)
                .expectNoEvents();
    }

    @Test
    void refusesADeathDatedAfterToday() {
        fixture.given(registered())
                .when(new RecordDeath(STEPHEN, null, TODAY.plusDays(1), TODAY, housingOfficer()))
                .expectException(DatedInFuture.class)
                .expectNoEvents();
    }

    @Test
    void recordsAFactAsTheActorsAgencyInItsCategory() {
        fixture.given(registered())
                .when(new RecordAgencyFact(STEPHEN, NOTE, A_NOTE, TODAY, TODAY, probationKeyworker()))
                .expectEvents(new AgencyFactRecorded(
                        STEPHEN, NOTE, A_NOTE, TODAY, probationKeyworker().agency(), InformationCategory.CASE_NOTE));
    }

    @Test
    void refusesAFactAnAgencyOfThatKindCannotRecord() {
        OffenceProven conviction = new OffenceProven("Burglary", TODAY.minusDays(30), Disposal.CONVICTION_CUSTODIAL);
        fixture.given(registered())
                .when(new RecordAgencyFact(STEPHEN, NOTE, conviction, TODAY, TODAY, housingOfficer()))
                .expectException(NotRecordableByAgency.class)
                .expectExceptionMessage("A housing agency cannot record \"offence proven\"")
                .expectNoEvents();
    }

    @Test
    void refusesAFactDatedAfterToday() {
        fixture.given(registered())
                .when(new RecordAgencyFact(STEPHEN, NOTE, A_NOTE, TODAY.plusDays(1), TODAY, probationKeyworker()))
                .expectException(DatedInFuture.class)
                .expectNoEvents();
    }

    @Test
    void refusesTheSameFactTwice() {
        fixture.given(registered(), factRecorded(NOTE, A_NOTE, probationKeyworker()))
                .when(new RecordAgencyFact(STEPHEN, NOTE, A_NOTE, TODAY, TODAY, probationKeyworker()))
                .expectException(FactAlreadyRecorded.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnOffenceCommittedAfterItWasProven() {
        OffenceProven offence = new OffenceProven("Theft", TODAY, Disposal.CAUTION);
        fixture.given(registered())
                .when(new RecordAgencyFact(STEPHEN, NOTE, offence, TODAY.minusDays(1), TODAY, probationKeyworker()))
                .expectException(OffenceAfterItWasProven.class)
                .expectNoEvents();
    }

    @Test
    void refusesAReprimandForAnOffenceCommittedAsAnAdult() {
        OffenceProven offence = new OffenceProven("Criminal damage", BORN.plusYears(18), Disposal.REPRIMAND);
        fixture.given(registered())
                .when(new RecordAgencyFact(
                        STEPHEN, NOTE, offence, BORN.plusYears(18).plusDays(10), TODAY, probationKeyworker()))
                .expectException(YouthDisposalForAdult.class)
                .expectNoEvents();
    }

    @Test
    void acceptsAReprimandForAnOffenceCommittedUnderEighteen() {
        LocalDate at17 = BORN.plusYears(17);
        OffenceProven offence = new OffenceProven("Criminal damage", at17, Disposal.REPRIMAND);
        fixture.given(registered())
                .when(new RecordAgencyFact(STEPHEN, NOTE, offence, at17.plusDays(10), TODAY, probationKeyworker()))
                .expectEvents(new AgencyFactRecorded(
                        STEPHEN,
                        NOTE,
                        offence,
                        at17.plusDays(10),
                        probationKeyworker().agency(),
                        InformationCategory.OFFENDING));
    }

    @Test
    void correctsAFactItsAgencyRecorded() {
        CaseNoteWritten better = new CaseNoteWritten("Home visit; Stephen and Karen engaged well.");
        fixture.given(registered(), factRecorded(NOTE, A_NOTE, probationKeyworker()))
                .when(new CorrectAgencyFact(
                        STEPHEN, NOTE, better, TODAY.minusDays(1), "Karen was there too", TODAY, probationKeyworker()))
                .expectEvents(
                        new AgencyFactCorrected(STEPHEN, NOTE, better, TODAY.minusDays(1), "Karen was there too"));
    }

    @Test
    void refusesAFactCorrectionDatedAfterToday() {
        fixture.given(registered(), factRecorded(NOTE, A_NOTE, probationKeyworker()))
                .when(new CorrectAgencyFact(
                        STEPHEN, NOTE, A_NOTE, TODAY.plusDays(1), "Wrong date", TODAY, probationKeyworker()))
                .expectException(DatedInFuture.class)
                .expectExceptionMessage("The date, 24 November 2026, must be today or in the past")
                .expectNoEvents();
    }

    @Test
    void refusesACorrectionThatMakesAReprimandAnAdultsOffence() {
        OffenceProven asRecorded = new OffenceProven("Criminal damage", BORN.plusYears(17), Disposal.REPRIMAND);
        OffenceProven asCorrected = new OffenceProven("Criminal damage", BORN.plusYears(18), Disposal.REPRIMAND);
        fixture.given(registered(), factRecorded(NOTE, asRecorded, probationKeyworker()))
                .when(new CorrectAgencyFact(
                        STEPHEN, NOTE, asCorrected, TODAY, "Offence date mistyped", TODAY, probationKeyworker()))
                .expectException(YouthDisposalForAdult.class)
                .expectNoEvents();
    }

    @Test
    void refusesToCorrectAnotherAgencysFact() {
        fixture.given(registered(), factRecorded(NOTE, A_NOTE, probationKeyworker()))
                .when(new CorrectAgencyFact(STEPHEN, NOTE, A_NOTE, TODAY, "Mine now", TODAY, housingOfficer()))
                .expectException(NotTheOwningAgency.class)
                .expectNoEvents();
    }

    @Test
    void refusesToCorrectAnUnknownFact() {
        fixture.given(registered())
                .when(new CorrectAgencyFact(STEPHEN, NOTE, A_NOTE, TODAY, "Typo", TODAY, probationKeyworker()))
                .expectException(UnknownFact.class)
                .expectNoEvents();
    }

    @Test
    void refusesACorrectionIntoAnotherKindOfFact() {
        var asb = new AntiSocialBehaviourReported("Noise");
        fixture.given(registered(), factRecorded(NOTE, A_NOTE, probationKeyworker()))
                .when(new CorrectAgencyFact(STEPHEN, NOTE, asb, TODAY, "Wrong kind", TODAY, probationKeyworker()))
                .expectException(FactKindChanged.class)
                .expectNoEvents();
    }

    @Test
    void refusesAFactCorrectionWithoutAReason() {
        fixture.given(registered(), factRecorded(NOTE, A_NOTE, probationKeyworker()))
                .when(new CorrectAgencyFact(STEPHEN, NOTE, A_NOTE, TODAY, "", TODAY, probationKeyworker()))
                .expectException(ReasonRequired.class)
                .expectNoEvents();
    }

    @Test
    void retractsAFactItsAgencyRecorded() {
        fixture.given(registered(), factRecorded(NOTE, A_NOTE, probationKeyworker()))
                .when(new RetractAgencyFact(STEPHEN, NOTE, "Recorded on the wrong person", probationKeyworker()))
                .expectEvents(new AgencyFactRetracted(STEPHEN, NOTE, "Recorded on the wrong person"));
    }

    @Test
    void refusesToRetractAnotherAgencysFact() {
        fixture.given(registered(), factRecorded(NOTE, A_NOTE, probationKeyworker()))
                .when(new RetractAgencyFact(STEPHEN, NOTE, "Not ours", housingOfficer()))
                .expectException(NotTheOwningAgency.class)
                .expectNoEvents();
    }

    @Test
    void refusesToRetractTwice() {
        fixture.given(
                        registered(),
                        factRecorded(NOTE, A_NOTE, probationKeyworker()),
                        new AgencyFactRetracted(STEPHEN, NOTE, "Wrong person"))
                .when(new RetractAgencyFact(STEPHEN, NOTE, "Again", probationKeyworker()))
                .expectException(FactAlreadyRetracted.class)
                .expectNoEvents();
    }

    @Test
    void refusesToCorrectARetractedFact() {
        fixture.given(
                        registered(),
                        factRecorded(NOTE, A_NOTE, probationKeyworker()),
                        new AgencyFactRetracted(STEPHEN, NOTE, "Wrong person"))
                .when(new CorrectAgencyFact(STEPHEN, NOTE, A_NOTE, TODAY, "Typo", TODAY, probationKeyworker()))
                .expectException(FactAlreadyRetracted.class)
                .expectNoEvents();
    }

    @Test
    void refusesARetractionWithoutAReason() {
        fixture.given(registered(), factRecorded(NOTE, A_NOTE, probationKeyworker()))
                .when(new RetractAgencyFact(STEPHEN, NOTE, null, probationKeyworker()))
                .expectException(ReasonRequired.class)
                .expectNoEvents();
    }

    @Test
    void refusesToRetractAnUnknownFact() {
        fixture.given(registered())
                .when(new RetractAgencyFact(STEPHEN, NOTE, "Wrong person", probationKeyworker()))
                .expectException(UnknownFact.class)
                .expectNoEvents();
    }
}
