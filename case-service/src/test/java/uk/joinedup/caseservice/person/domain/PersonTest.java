package uk.joinedup.caseservice.person.domain;

import static uk.joinedup.caseservice.agency.Actors.probationKeyworker;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.person.api.CaseNoteRecorded;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.PersonName;
import uk.joinedup.caseservice.person.api.PersonRegistered;
import uk.joinedup.caseservice.person.api.RecordCaseNote;
import uk.joinedup.caseservice.person.api.RegisterPerson;

class PersonTest {

    private static final PersonId STEPHEN = new PersonId("person-stephen");
    private static final PersonName NAME = new PersonName("Stephen", "Walker");
    private static final LocalDate BORN = LocalDate.of(1979, 4, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private FixtureConfiguration<Person> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Person.class);
    }

    @Test
    void registersAPersonForTheRegisteringAgency() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(STEPHEN, NAME, BORN, TODAY, probationKeyworker()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PersonRegistered(
                        STEPHEN, NAME, BORN, probationKeyworker().agency()));
    }

    @Test
    void refusesADateOfBirthAfterToday() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(STEPHEN, NAME, TODAY.plusDays(1), TODAY, probationKeyworker()))
                .expectException(DateOfBirthInFuture.class)
                .expectNoEvents();
    }

    @Test
    void recordsACaseNoteAsTheActorsAgency() {
        fixture.given(registered())
                .when(new RecordCaseNote(
                        STEPHEN, "note-1", TODAY, "Home visit; Stephen engaged well.", TODAY, probationKeyworker()))
                .expectEvents(new CaseNoteRecorded(
                        STEPHEN,
                        "note-1",
                        TODAY,
                        "Home visit; Stephen engaged well.",
                        probationKeyworker().agency()));
    }

    @Test
    void refusesACaseNoteDatedAfterToday() {
        fixture.given(registered())
                .when(new RecordCaseNote(
                        STEPHEN, "note-1", TODAY.plusDays(1), "Visit planned", TODAY, probationKeyworker()))
                .expectException(DatedInFuture.class)
                .expectNoEvents();
    }

    private static PersonRegistered registered() {
        return new PersonRegistered(STEPHEN, NAME, BORN, probationKeyworker().agency());
    }
}
