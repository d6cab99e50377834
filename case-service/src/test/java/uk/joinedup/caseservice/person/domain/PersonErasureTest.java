package uk.joinedup.caseservice.person.domain;

import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.probationKeyworker;
import static uk.joinedup.caseservice.person.PersonFixtures.STEPHEN;
import static uk.joinedup.caseservice.person.PersonFixtures.TODAY;
import static uk.joinedup.caseservice.person.PersonFixtures.details;
import static uk.joinedup.caseservice.person.PersonFixtures.factRecorded;
import static uk.joinedup.caseservice.person.PersonFixtures.registered;

import java.util.List;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.joinedup.caseservice.catalogue.CaseNoteWritten;
import uk.joinedup.caseservice.person.api.CorrectAgencyFact;
import uk.joinedup.caseservice.person.api.CorrectPersonDetails;
import uk.joinedup.caseservice.person.api.EraseRecord;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonErased;
import uk.joinedup.caseservice.person.api.PersonName;
import uk.joinedup.caseservice.person.api.PersonRegistered;
import uk.joinedup.caseservice.person.api.RecordAgencyFact;
import uk.joinedup.caseservice.person.api.RecordAgencyFacts;
import uk.joinedup.caseservice.person.api.RecordDeath;
import uk.joinedup.caseservice.person.api.RetractAgencyFact;
import uk.joinedup.caseservice.personaldata.ErasedEvent;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.rules.RecordErased;

/** Erasing a person's record (ADR 31): the erasure's event, and a record that refuses everything after it. */
class PersonErasureTest {

    private static final ErasureId ERASURE = new ErasureId("erasure-person-stephen");
    private static final FactId NOTE = new FactId("fact-note");
    private static final CaseNoteWritten A_NOTE = new CaseNoteWritten("Home visit.");

    private FixtureConfiguration<Person> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Person.class);
    }

    @Test
    void erasesARecord() {
        fixture.given(registered(), factRecorded(NOTE, A_NOTE, probationKeyworker()))
                .when(new EraseRecord(STEPHEN, ERASURE))
                .expectEvents(new PersonErased(STEPHEN, ERASURE));
    }

    @Test
    void erasingAnErasedRecordAgainChangesNothing() {
        fixture.given(registered(), new PersonErased(STEPHEN, ERASURE))
                .when(new EraseRecord(STEPHEN, ERASURE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    /** Every command a user can send about a person, on a record that exists. */
    static Stream<Object> everyCommand() {
        return Stream.of(
                new CorrectPersonDetails(
                        STEPHEN,
                        null,
                        details().withName(new PersonName("Steven", "Walker")),
                        "Misspelt",
                        earlyHelpKeyworker()),
                new RecordDeath(STEPHEN, null, TODAY.minusDays(1), TODAY, housingOfficer()),
                new RecordAgencyFact(STEPHEN, new FactId("fact-new"), A_NOTE, TODAY, TODAY, probationKeyworker()),
                new RecordAgencyFacts(
                        STEPHEN,
                        List.of(new RecordAgencyFacts.FactToRecord(new FactId("fact-new"), A_NOTE, TODAY)),
                        TODAY,
                        probationKeyworker()),
                new CorrectAgencyFact(
                        STEPHEN,
                        NOTE,
                        new CaseNoteWritten("Office visit."),
                        TODAY,
                        "Wrong place",
                        TODAY,
                        probationKeyworker()),
                new RetractAgencyFact(STEPHEN, NOTE, "Wrong person", probationKeyworker()));
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void refusesEveryCommandOnceErased(Object command) {
        fixture.given(
                        registered(),
                        factRecorded(NOTE, A_NOTE, probationKeyworker()),
                        new PersonErased(STEPHEN, ERASURE))
                .when(command)
                .expectException(RecordErased.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void acceptsEveryCommandBeforeTheErasure(Object command) {
        fixture.given(registered(), factRecorded(NOTE, A_NOTE, probationKeyworker()))
                .when(command)
                .expectSuccessfulHandlerExecution();
    }

    /** Its key destroyed, every event reads as erased: the record refuses, even had its erasure's event been lost. */
    @ParameterizedTest
    @MethodSource("everyCommand")
    void refusesEveryCommandWhenItsEventsReadAsErased(Object command) {
        fixture.given(
                        new ErasedEvent(PersonRegistered.class.getName(), "person/" + STEPHEN.value()),
                        new ErasedEvent(PersonRegistered.class.getName(), "person/" + STEPHEN.value()))
                .when(command)
                .expectException(RecordErased.class)
                .expectNoEvents();
    }
}
