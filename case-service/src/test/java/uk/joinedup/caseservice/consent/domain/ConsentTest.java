package uk.joinedup.caseservice.consent.domain;

import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.igOfficer;
import static uk.joinedup.caseservice.consent.ConsentFixtures.CONSENT;
import static uk.joinedup.caseservice.consent.ConsentFixtures.HOUSING;
import static uk.joinedup.caseservice.consent.ConsentFixtures.NEXT_YEAR;
import static uk.joinedup.caseservice.consent.ConsentFixtures.STEPHEN;
import static uk.joinedup.caseservice.consent.ConsentFixtures.TODAY;
import static uk.joinedup.caseservice.consent.ConsentFixtures.administrator;
import static uk.joinedup.caseservice.consent.ConsentFixtures.consentRecorded;
import static uk.joinedup.caseservice.consent.ConsentFixtures.recordConsent;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.consent.api.ConsentEvidence;
import uk.joinedup.caseservice.consent.api.ConsentRecorded;
import uk.joinedup.caseservice.consent.api.ConsentWithdrawn;
import uk.joinedup.caseservice.consent.api.RecordConsent;
import uk.joinedup.caseservice.consent.api.WithdrawConsent;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.personaldata.ErasedEvent;
import uk.joinedup.caseservice.rules.DatedInFuture;
import uk.joinedup.caseservice.rules.ReasonRequired;
import uk.joinedup.caseservice.rules.RecordErased;
import uk.joinedup.caseservice.sharing.ConsentGiver;
import uk.joinedup.caseservice.sharing.Purpose;

class ConsentTest {

    private FixtureConfiguration<Consent> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Consent.class);
    }

    @Test
    void recordsThePersonsOwnConsentForTheRecordingAgency() {
        fixture.givenNoPriorActivity()
                .when(recordConsent())
                .expectSuccessfulHandlerExecution()
                .expectEvents(consentRecorded());
    }

    @Test
    void recordsAParentsConsentNamingThem() {
        fixture.givenNoPriorActivity()
                .when(recordConsent(
                        ConsentGiver.PARENT_OR_GUARDIAN, " Carol Hill (mother) ", TODAY, NEXT_YEAR, housingOfficer()))
                .expectEvents(new ConsentRecorded(
                        CONSENT,
                        STEPHEN,
                        ConsentGiver.PARENT_OR_GUARDIAN,
                        "Carol Hill (mother)",
                        Set.of(HOUSING),
                        Set.of(InformationCategory.EMPLOYMENT_AND_BENEFITS),
                        Purpose.FAMILY_SUPPORT,
                        TODAY,
                        NEXT_YEAR,
                        ConsentEvidence.SIGNED_FORM,
                        "Form kept on the early help file",
                        housingOfficer().agency()));
    }

    @Test
    void keepsNoGiversNameForThePersonsOwnConsent() {
        fixture.givenNoPriorActivity()
                .when(recordConsent(ConsentGiver.THE_PERSON, "Stephen", TODAY, NEXT_YEAR, earlyHelpKeyworker()))
                .expectEvents(consentRecorded());
    }

    @Test
    void letsATeamManagerRecordAConsent() {
        fixture.givenNoPriorActivity()
                .when(recordConsent(ConsentGiver.THE_PERSON, null, TODAY, NEXT_YEAR, earlyHelpManager()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void letsAnInformationGovernanceOfficerRecordAConsent() {
        fixture.givenNoPriorActivity()
                .when(recordConsent(ConsentGiver.THE_PERSON, null, TODAY, NEXT_YEAR, igOfficer()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesAnAdministratorWhoIsNotAPractitionerOrOfficer() {
        fixture.givenNoPriorActivity()
                .when(recordConsent(ConsentGiver.THE_PERSON, null, TODAY, NEXT_YEAR, administrator()))
                .expectException(ConsentAdministratorsOnly.class)
                .expectNoEvents();
    }

    @Test
    void refusesAConsentGivenForThePersonWithoutTheGiversName() {
        fixture.givenNoPriorActivity()
                .when(recordConsent(ConsentGiver.ATTORNEY, " ", TODAY, NEXT_YEAR, earlyHelpKeyworker()))
                .expectException(GiverNameRequired.class)
                .expectNoEvents();
    }

    @Test
    void refusesAConsentNamingNoAgency() {
        fixture.givenNoPriorActivity()
                .when(with(recordConsent(), Set.of(), Set.of(InformationCategory.HOUSING)))
                .expectException(RecipientsRequired.class)
                .expectNoEvents();
    }

    @Test
    void refusesAConsentNamingNoCategory() {
        fixture.givenNoPriorActivity()
                .when(with(recordConsent(), Set.of(new AgencyId("southampton-housing")), Set.of()))
                .expectException(CategoriesRequired.class)
                .expectNoEvents();
    }

    @Test
    void refusesAConsentEndingBeforeItBegins() {
        fixture.givenNoPriorActivity()
                .when(recordConsent(
                        ConsentGiver.THE_PERSON, null, TODAY.plusDays(10), TODAY.plusDays(9), earlyHelpKeyworker()))
                .expectException(ConsentEndsBeforeItBegins.class)
                .expectNoEvents();
    }

    @Test
    void acceptsAConsentOfExactlyThreeYears() {
        fixture.givenNoPriorActivity()
                .when(recordConsent(ConsentGiver.THE_PERSON, null, TODAY, TODAY.plusYears(3), earlyHelpKeyworker()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesAConsentLongerThanThreeYears() {
        fixture.givenNoPriorActivity()
                .when(recordConsent(
                        ConsentGiver.THE_PERSON, null, TODAY, TODAY.plusYears(3).plusDays(1), earlyHelpKeyworker()))
                .expectException(ConsentTooLong.class)
                .expectNoEvents();
    }

    @Test
    void refusesAConsentWhoseLastDayHasPassed() {
        fixture.givenNoPriorActivity()
                .when(recordConsent(
                        ConsentGiver.THE_PERSON, null, TODAY.minusMonths(2), TODAY.minusDays(1), earlyHelpKeyworker()))
                .expectException(ConsentAlreadyOver.class)
                .expectNoEvents();
    }

    @Test
    void withdrawsAConsentWithItsReason() {
        LocalDate lastWeek = TODAY.minusDays(7);
        fixture.given(consentRecorded(TODAY.minusMonths(1), NEXT_YEAR))
                .when(withdraw(lastWeek, " Stephen changed his mind ", earlyHelpKeyworker()))
                .expectEvents(new ConsentWithdrawn(CONSENT, STEPHEN, lastWeek, "Stephen changed his mind"));
    }

    @Test
    void withdrawsAConsentThatHasNotBegunSoThatItNeverBegins() {
        fixture.given(consentRecorded(TODAY.plusMonths(1), NEXT_YEAR))
                .when(withdraw(TODAY, "Changed her mind", igOfficer()))
                .expectEvents(new ConsentWithdrawn(CONSENT, STEPHEN, TODAY, "Changed her mind"));
    }

    @Test
    void refusesWithdrawingAConsentTwice() {
        fixture.given(consentRecorded(), new ConsentWithdrawn(CONSENT, STEPHEN, TODAY, "Changed his mind"))
                .when(withdraw(TODAY, "Again", earlyHelpKeyworker()))
                .expectException(ConsentAlreadyWithdrawn.class)
                .expectNoEvents();
    }

    @Test
    void refusesWithdrawingAConsentThatHadExpired() {
        fixture.given(consentRecorded(TODAY.minusYears(1), TODAY.minusDays(1)))
                .when(withdraw(TODAY, "Too late", earlyHelpKeyworker()))
                .expectException(ConsentExpired.class)
                .expectNoEvents();
    }

    @Test
    void withdrawsOnTheLastDayOfAConsent() {
        fixture.given(consentRecorded(TODAY.minusYears(1), TODAY))
                .when(withdraw(TODAY, "Ending it today", earlyHelpKeyworker()))
                .expectEvents(new ConsentWithdrawn(CONSENT, STEPHEN, TODAY, "Ending it today"));
    }

    @Test
    void refusesAWithdrawalDatedBeforeTheConsentBegan() {
        fixture.given(consentRecorded(TODAY.minusDays(5), NEXT_YEAR))
                .when(withdraw(TODAY.minusDays(6), "Before it began", earlyHelpKeyworker()))
                .expectException(WithdrawnBeforeItBegan.class)
                .expectNoEvents();
    }

    @Test
    void refusesAWithdrawalDatedAfterToday() {
        fixture.given(consentRecorded())
                .when(withdraw(TODAY.plusDays(1), "Tomorrow", earlyHelpKeyworker()))
                .expectException(DatedInFuture.class)
                .expectNoEvents();
    }

    @Test
    void refusesAWithdrawalWithoutAReason() {
        fixture.given(consentRecorded())
                .when(withdraw(TODAY, " ", earlyHelpKeyworker()))
                .expectException(ReasonRequired.class)
                .expectNoEvents();
    }

    @Test
    void refusesWithdrawingAConsentFromAnotherPersonsRecord() {
        fixture.given(consentRecorded())
                .when(new WithdrawConsent(
                        CONSENT, new PersonId("person-someone-else"), TODAY, "Wrong page", TODAY, earlyHelpKeyworker()))
                .expectException(NotThisPersonsConsent.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnAdministratorWithdrawingAConsent() {
        fixture.given(consentRecorded())
                .when(withdraw(TODAY, "Tidying up", administrator()))
                .expectException(ConsentAdministratorsOnly.class)
                .expectNoEvents();
    }

    private static WithdrawConsent withdraw(LocalDate on, String reason, Actor actor) {
        return new WithdrawConsent(CONSENT, STEPHEN, on, reason, TODAY, actor);
    }

    private static RecordConsent with(
            RecordConsent command, Set<AgencyId> recipients, Set<InformationCategory> categories) {
        return new RecordConsent(
                command.consentId(),
                command.personId(),
                command.givenBy(),
                command.giverName(),
                recipients,
                categories,
                command.purpose(),
                command.validFrom(),
                command.validUntil(),
                command.evidence(),
                command.evidenceNote(),
                command.recordedOn(),
                command.actor());
    }

    /** Its person's record erased, the consent's events read as erased: it refuses to change. */
    @Test
    void refusesOnceItsPersonsRecordWasErased() {
        fixture.given(new ErasedEvent(ConsentRecorded.class.getName(), "person/" + STEPHEN.value()))
                .when(new WithdrawConsent(CONSENT, STEPHEN, TODAY, "Asked to stop", TODAY, earlyHelpKeyworker()))
                .expectException(RecordErased.class)
                .expectNoEvents();
    }
}
