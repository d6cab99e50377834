package uk.joinedup.caseservice.subjectaccess.domain;

import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.igOfficer;
import static uk.joinedup.caseservice.agency.Actors.systemAdmin;

import java.time.LocalDate;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.personaldata.ErasedEvent;
import uk.joinedup.caseservice.rules.DatedInFuture;
import uk.joinedup.caseservice.rules.ReasonRequired;
import uk.joinedup.caseservice.rules.RecordErased;
import uk.joinedup.caseservice.subjectaccess.api.CloseSubjectAccessRequest;
import uk.joinedup.caseservice.subjectaccess.api.ExtendSubjectAccessDeadline;
import uk.joinedup.caseservice.subjectaccess.api.ExtensionReason;
import uk.joinedup.caseservice.subjectaccess.api.IdentityCheck;
import uk.joinedup.caseservice.subjectaccess.api.OverrideRedaction;
import uk.joinedup.caseservice.subjectaccess.api.RedactionOverridden;
import uk.joinedup.caseservice.subjectaccess.api.RedactionRestored;
import uk.joinedup.caseservice.subjectaccess.api.ReleaseSubjectAccessResponse;
import uk.joinedup.caseservice.subjectaccess.api.Requester;
import uk.joinedup.caseservice.subjectaccess.api.RestoreRedaction;
import uk.joinedup.caseservice.subjectaccess.api.StartSubjectAccessRequest;
import uk.joinedup.caseservice.subjectaccess.api.SubjectAccessDeadlineExtended;
import uk.joinedup.caseservice.subjectaccess.api.SubjectAccessRequestClosed;
import uk.joinedup.caseservice.subjectaccess.api.SubjectAccessRequestId;
import uk.joinedup.caseservice.subjectaccess.api.SubjectAccessRequested;
import uk.joinedup.caseservice.subjectaccess.api.SubjectAccessResponseReleased;

class SubjectAccessRequestTest {

    private static final SubjectAccessRequestId REQUEST = new SubjectAccessRequestId("sar-1");
    private static final PersonId DEBORAH = new PersonId("person-deborah");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final LocalDate RECEIVED = LocalDate.of(2026, 12, 1);
    private static final String ITEM = "fact:fact-7:person-liam";

    private FixtureConfiguration<SubjectAccessRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SubjectAccessRequest.class);
    }

    @Test
    void startsARequestFromThePersonDueOneCalendarMonthAfterItWasReceived() {
        fixture.givenNoPriorActivity()
                .when(start(Requester.THE_PERSON, "ignored when the person asks", RECEIVED, igOfficer()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SubjectAccessRequested(
                        REQUEST,
                        DEBORAH,
                        Requester.THE_PERSON,
                        null,
                        IdentityCheck.PHOTO_IDENTIFICATION,
                        "Passport seen at the hub",
                        RECEIVED,
                        LocalDate.of(2027, 1, 1)));
    }

    @Test
    void startsARequestFromARepresentativeWithTheirNameStrippedAndNoBlankNote() {
        fixture.givenNoPriorActivity()
                .when(new StartSubjectAccessRequest(
                        REQUEST,
                        DEBORAH,
                        Requester.REPRESENTATIVE,
                        "  Ms A Patel, solicitor  ",
                        IdentityCheck.SIGNED_AUTHORITY,
                        "   ",
                        TODAY,
                        TODAY,
                        igOfficer()))
                .expectEvents(new SubjectAccessRequested(
                        REQUEST,
                        DEBORAH,
                        Requester.REPRESENTATIVE,
                        "Ms A Patel, solicitor",
                        IdentityCheck.SIGNED_AUTHORITY,
                        null,
                        TODAY,
                        LocalDate.of(2027, 1, 4)));
    }

    @Test
    void aRequestReceivedOnTheThirtyFirstOfJanuaryIsDueOnTheLastDayOfFebruary() {
        LocalDate received = LocalDate.of(2027, 1, 31);
        fixture.givenNoPriorActivity()
                .when(start(Requester.THE_PERSON, null, received, igOfficer(), received))
                .expectEvents(requested(received, LocalDate.of(2027, 2, 28)));
    }

    @Test
    void refusesARequestReceivedAfterToday() {
        fixture.givenNoPriorActivity()
                .when(start(Requester.THE_PERSON, null, TODAY.plusDays(1), igOfficer()))
                .expectException(DatedInFuture.class)
                .expectNoEvents();
    }

    @Test
    void refusesARequestForSomeoneElseWithoutTheRequestersName() {
        fixture.givenNoPriorActivity()
                .when(start(Requester.PARENT_OR_GUARDIAN, "  ", RECEIVED, igOfficer()))
                .expectException(RequesterNameRequired.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(start(Requester.REPRESENTATIVE, null, RECEIVED, igOfficer()))
                .expectException(RequesterNameRequired.class)
                .expectNoEvents();
    }

    @Test
    void refusesToStartARequestForAnyoneButAnInformationGovernanceOfficer() {
        fixture.givenNoPriorActivity()
                .when(start(Requester.THE_PERSON, null, RECEIVED, earlyHelpManager()))
                .expectException(InformationGovernanceOnly.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(start(Requester.THE_PERSON, null, RECEIVED, systemAdmin()))
                .expectException(InformationGovernanceOnly.class)
                .expectNoEvents();
    }

    @Test
    void overridesARedactionWithTheOfficersNoteStripped() {
        fixture.given(requested())
                .when(new OverrideRedaction(REQUEST, 0L, ITEM, "  Liam, 17, agreed in writing  ", igOfficer()))
                .expectEvents(new RedactionOverridden(REQUEST, DEBORAH, ITEM, "Liam, 17, agreed in writing"));
    }

    @Test
    void refusesAnOverrideWithoutANote() {
        fixture.given(requested())
                .when(new OverrideRedaction(REQUEST, 0L, ITEM, " ", igOfficer()))
                .expectException(OverrideNoteRequired.class)
                .expectNoEvents();
    }

    @Test
    void refusesToOverrideARedactionTwice() {
        fixture.given(requested(), overridden())
                .when(new OverrideRedaction(REQUEST, 1L, ITEM, "Again", igOfficer()))
                .expectException(AlreadyOverridden.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnOverrideByAnyoneButAnInformationGovernanceOfficer() {
        fixture.given(requested())
                .when(new OverrideRedaction(REQUEST, 0L, ITEM, "Agreed", earlyHelpManager()))
                .expectException(InformationGovernanceOnly.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnOverrideOnAStaleVersionAsAConflict() {
        fixture.given(requested(), overridden())
                .when(new OverrideRedaction(REQUEST, 0L, "fact:fact-8:person-liam", "Agreed", igOfficer()))
                .expectException(ConflictingModificationException.class)
                .expectNoEvents();
    }

    @Test
    void aStaleVersionIsAConflictBeforeTheRequestIsFoundClosed() {
        fixture.given(requested(), new SubjectAccessResponseReleased(REQUEST, DEBORAH, TODAY))
                .when(new OverrideRedaction(REQUEST, 0L, ITEM, "Agreed", igOfficer()))
                .expectException(ConflictingModificationException.class)
                .expectNoEvents();
    }

    @Test
    void aRequestIsNamedByItsId() {
        org.assertj.core.api.Assertions.assertThat(REQUEST).hasToString("sar-1");
    }

    @Test
    void restoresAnOverriddenRedaction() {
        fixture.given(requested(), overridden())
                .when(new RestoreRedaction(REQUEST, 1L, ITEM, igOfficer()))
                .expectEvents(new RedactionRestored(REQUEST, DEBORAH, ITEM));
    }

    @Test
    void overridesARestoredRedactionAgain() {
        fixture.given(requested(), overridden(), new RedactionRestored(REQUEST, DEBORAH, ITEM))
                .when(new OverrideRedaction(REQUEST, 2L, ITEM, "Agreed after all", igOfficer()))
                .expectEvents(new RedactionOverridden(REQUEST, DEBORAH, ITEM, "Agreed after all"));
    }

    @Test
    void refusesToRestoreARedactionThatIsNotOverridden() {
        fixture.given(requested(), overridden(), new RedactionRestored(REQUEST, DEBORAH, ITEM))
                .when(new RestoreRedaction(REQUEST, 2L, ITEM, igOfficer()))
                .expectException(NotOverridden.class)
                .expectNoEvents();
    }

    @Test
    void refusesARestoreByAnyoneButAnInformationGovernanceOfficer() {
        fixture.given(requested(), overridden())
                .when(new RestoreRedaction(REQUEST, 1L, ITEM, earlyHelpManager()))
                .expectException(InformationGovernanceOnly.class)
                .expectNoEvents();
    }

    @Test
    void releasesTheResponseOnTheDay() {
        fixture.given(requested(), overridden())
                .when(new ReleaseSubjectAccessResponse(REQUEST, 1L, TODAY, igOfficer()))
                .expectEvents(new SubjectAccessResponseReleased(REQUEST, DEBORAH, TODAY));
    }

    @Test
    void refusesAReleaseOnAStaleVersionAsAConflict() {
        fixture.given(requested(), overridden())
                .when(new ReleaseSubjectAccessResponse(REQUEST, 0L, TODAY, igOfficer()))
                .expectException(ConflictingModificationException.class)
                .expectNoEvents();
    }

    @Test
    void refusesAReleaseByAnyoneButAnInformationGovernanceOfficer() {
        fixture.given(requested())
                .when(new ReleaseSubjectAccessResponse(REQUEST, 0L, TODAY, systemAdmin()))
                .expectException(InformationGovernanceOnly.class)
                .expectNoEvents();
    }

    @Test
    void closesTheRequestWithoutAResponseForAReason() {
        fixture.given(requested())
                .when(new CloseSubjectAccessRequest(REQUEST, 0L, "  Withdrawn by the requester  ", TODAY, igOfficer()))
                .expectEvents(new SubjectAccessRequestClosed(REQUEST, DEBORAH, "Withdrawn by the requester", TODAY));
    }

    @Test
    void refusesToCloseWithoutAReason() {
        fixture.given(requested())
                .when(new CloseSubjectAccessRequest(REQUEST, 0L, "", TODAY, igOfficer()))
                .expectException(ReasonRequired.class)
                .expectNoEvents();
        fixture.given(requested())
                .when(new CloseSubjectAccessRequest(REQUEST, 0L, null, TODAY, igOfficer()))
                .expectException(ReasonRequired.class)
                .expectNoEvents();
    }

    @Test
    void refusesAClosureByAnyoneButAnInformationGovernanceOfficer() {
        fixture.given(requested())
                .when(new CloseSubjectAccessRequest(REQUEST, 0L, "Withdrawn", TODAY, earlyHelpManager()))
                .expectException(InformationGovernanceOnly.class)
                .expectNoEvents();
    }

    @Test
    void refusesAClosureOnAStaleVersionAsAConflict() {
        fixture.given(requested(), overridden())
                .when(new CloseSubjectAccessRequest(REQUEST, 0L, "Withdrawn", TODAY, igOfficer()))
                .expectException(ConflictingModificationException.class)
                .expectNoEvents();
    }

    @Test
    void aReleasedRequestChangesNoMore() {
        SubjectAccessResponseReleased released = new SubjectAccessResponseReleased(REQUEST, DEBORAH, TODAY);
        fixture.given(requested(), released)
                .when(new OverrideRedaction(REQUEST, 1L, ITEM, "Agreed", igOfficer()))
                .expectException(RequestNotOpen.class)
                .expectNoEvents();
        fixture.given(requested(), overridden(), released)
                .when(new RestoreRedaction(REQUEST, 2L, ITEM, igOfficer()))
                .expectException(RequestNotOpen.class)
                .expectNoEvents();
        fixture.given(requested(), released)
                .when(new ReleaseSubjectAccessResponse(REQUEST, 1L, TODAY, igOfficer()))
                .expectException(RequestNotOpen.class)
                .expectNoEvents();
        fixture.given(requested(), released)
                .when(new CloseSubjectAccessRequest(REQUEST, 1L, "Withdrawn", TODAY, igOfficer()))
                .expectException(RequestNotOpen.class)
                .expectNoEvents();
    }

    @Test
    void aClosedRequestChangesNoMore() {
        SubjectAccessRequestClosed closed = new SubjectAccessRequestClosed(REQUEST, DEBORAH, "Withdrawn", TODAY);
        fixture.given(requested(), closed)
                .when(new ReleaseSubjectAccessResponse(REQUEST, 1L, TODAY, igOfficer()))
                .expectException(RequestNotOpen.class)
                .expectNoEvents();
        fixture.given(requested(), closed)
                .when(new OverrideRedaction(REQUEST, 1L, ITEM, "Agreed", igOfficer()))
                .expectException(RequestNotOpen.class)
                .expectNoEvents();
    }

    @Test
    void extendsTheDeadlineByTwoFurtherMonthsWithinTheFirstMonthForAComplexRequest() {
        fixture.given(requested())
                .when(extend(0L, 2, ExtensionReason.COMPLEX, "  Records held by six agencies  ", TODAY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SubjectAccessDeadlineExtended(
                        REQUEST,
                        DEBORAH,
                        2,
                        ExtensionReason.COMPLEX,
                        "Records held by six agencies",
                        TODAY,
                        LocalDate.of(2027, 3, 1)));
    }

    @Test
    void extendsByOneMonthAndThenByOneMoreOnTheLastDayOfTheFirstMonth() {
        LocalDate lastDayOfTheFirstMonth = LocalDate.of(2027, 1, 1);
        fixture.given(requested(), extended(1))
                .when(extend(1L, 1, ExtensionReason.NUMEROUS_REQUESTS, "Three requests", lastDayOfTheFirstMonth))
                .expectEvents(new SubjectAccessDeadlineExtended(
                        REQUEST,
                        DEBORAH,
                        1,
                        ExtensionReason.NUMEROUS_REQUESTS,
                        "Three requests",
                        lastDayOfTheFirstMonth,
                        LocalDate.of(2027, 3, 1)));
    }

    @Test
    void anExtendedDeadlineIsCountedFromTheDayTheRequestWasReceived() {
        LocalDate received = LocalDate.of(2027, 1, 31);
        fixture.given(requested(received, LocalDate.of(2027, 2, 28)))
                .when(extend(0L, 2, ExtensionReason.COMPLEX, "Many records", LocalDate.of(2027, 2, 10)))
                .expectEvents(new SubjectAccessDeadlineExtended(
                        REQUEST,
                        DEBORAH,
                        2,
                        ExtensionReason.COMPLEX,
                        "Many records",
                        LocalDate.of(2027, 2, 10),
                        LocalDate.of(2027, 4, 30)));
    }

    @Test
    void refusesAnExtensionByAnyoneButAnInformationGovernanceOfficer() {
        fixture.given(requested())
                .when(new ExtendSubjectAccessDeadline(
                        REQUEST, 0L, 1, ExtensionReason.COMPLEX, "Many records", TODAY, earlyHelpManager()))
                .expectException(InformationGovernanceOnly.class)
                .expectNoEvents();
    }

    @Test
    void refusesToExtendAReleasedOrClosedRequest() {
        fixture.given(requested(), new SubjectAccessResponseReleased(REQUEST, DEBORAH, TODAY))
                .when(extend(1L, 1, ExtensionReason.COMPLEX, "Many records", TODAY))
                .expectException(RequestNotOpen.class)
                .expectNoEvents();
        fixture.given(requested(), new SubjectAccessRequestClosed(REQUEST, DEBORAH, "Withdrawn", TODAY))
                .when(extend(1L, 1, ExtensionReason.COMPLEX, "Many records", TODAY))
                .expectException(RequestNotOpen.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnExtensionOnAStaleVersionAsAConflict() {
        fixture.given(requested(), overridden())
                .when(extend(0L, 1, ExtensionReason.COMPLEX, "Many records", TODAY))
                .expectException(ConflictingModificationException.class)
                .expectNoEvents();
    }

    @Test
    void refusesToExtendADeadlineAlreadyExtendedByTwoMonths() {
        fixture.given(requested(), extended(2))
                .when(extend(1L, 1, ExtensionReason.COMPLEX, "Even more records", TODAY))
                .expectException(DeadlineAtMaximum.class)
                .expectNoEvents();
        fixture.given(requested(), extended(1), extended(1))
                .when(extend(2L, 1, ExtensionReason.COMPLEX, "Even more records", TODAY))
                .expectException(DeadlineAtMaximum.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnExtensionToLaterThanThreeMonthsAfterTheRequestWasReceived() {
        fixture.given(requested())
                .when(extend(0L, 3, ExtensionReason.COMPLEX, "Many records", TODAY))
                .expectException(ExtensionBeyondThreeMonths.class)
                .expectNoEvents();
        fixture.given(requested(), extended(1))
                .when(extend(1L, 2, ExtensionReason.COMPLEX, "Many records", TODAY))
                .expectException(ExtensionBeyondThreeMonths.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnExtensionOfNoMonths() {
        fixture.given(requested())
                .when(extend(0L, 0, ExtensionReason.COMPLEX, "Many records", TODAY))
                .expectException(ExtensionMonthsRequired.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnExtensionDecidedAfterTheFirstMonthHasPassed() {
        fixture.given(requested())
                .when(extend(0L, 1, ExtensionReason.COMPLEX, "Many records", LocalDate.of(2027, 1, 2)))
                .expectException(ExtensionAfterFirstMonth.class)
                .expectNoEvents();
        // the first month is the statutory one, not the extended deadline
        fixture.given(requested(), extended(1))
                .when(extend(1L, 1, ExtensionReason.COMPLEX, "Many records", LocalDate.of(2027, 1, 15)))
                .expectException(ExtensionAfterFirstMonth.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnExtensionWithoutAReason() {
        fixture.given(requested())
                .when(extend(0L, 1, null, "Many records", TODAY))
                .expectException(ExtensionReasonRequired.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnExtensionWithoutANoteOfItsReasons() {
        fixture.given(requested())
                .when(extend(0L, 1, ExtensionReason.COMPLEX, "  ", TODAY))
                .expectException(ExtensionNoteRequired.class)
                .expectNoEvents();
        fixture.given(requested())
                .when(extend(0L, 1, ExtensionReason.COMPLEX, null, TODAY))
                .expectException(ExtensionNoteRequired.class)
                .expectNoEvents();
    }

    private static ExtendSubjectAccessDeadline extend(
            Long version, int months, ExtensionReason reason, String note, LocalDate decidedOn) {
        return new ExtendSubjectAccessDeadline(REQUEST, version, months, reason, note, decidedOn, igOfficer());
    }

    private static SubjectAccessDeadlineExtended extended(int months) {
        return new SubjectAccessDeadlineExtended(
                REQUEST,
                DEBORAH,
                months,
                ExtensionReason.COMPLEX,
                "Many records",
                TODAY,
                RECEIVED.plusMonths(1 + months));
    }

    private static StartSubjectAccessRequest start(
            Requester requester, String requesterName, LocalDate receivedOn, Actor actor) {
        return start(requester, requesterName, receivedOn, actor, TODAY);
    }

    private static StartSubjectAccessRequest start(
            Requester requester, String requesterName, LocalDate receivedOn, Actor actor, LocalDate today) {
        return new StartSubjectAccessRequest(
                REQUEST,
                DEBORAH,
                requester,
                requesterName,
                IdentityCheck.PHOTO_IDENTIFICATION,
                " Passport seen at the hub ",
                receivedOn,
                today,
                actor);
    }

    private static SubjectAccessRequested requested() {
        return requested(RECEIVED, LocalDate.of(2027, 1, 1));
    }

    private static SubjectAccessRequested requested(LocalDate receivedOn, LocalDate dueBy) {
        return new SubjectAccessRequested(
                REQUEST,
                DEBORAH,
                Requester.THE_PERSON,
                null,
                IdentityCheck.PHOTO_IDENTIFICATION,
                "Passport seen at the hub",
                receivedOn,
                dueBy);
    }

    private static RedactionOverridden overridden() {
        return new RedactionOverridden(REQUEST, DEBORAH, ITEM, "Liam, 17, agreed in writing");
    }

    /** A sample of every command a request takes once started. */
    static java.util.stream.Stream<Object> everyCommand() {
        return java.util.Arrays.stream(SubjectAccessRequest.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(org.axonframework.commandhandling.CommandHandler.class))
                .map(method -> (Object) uk.joinedup.caseservice.Samples.of(method.getParameterTypes()[0]));
    }

    /** Its person's record erased, the request's events read as erased: it refuses every change. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("everyCommand")
    void refusesEveryChangeOnceItsPersonsRecordWasErased(Object command) {
        // samples carry version 3: a request with four events, every one sealed under her destroyed key
        ErasedEvent erased = new ErasedEvent(SubjectAccessRequested.class.getName(), "person/" + DEBORAH.value());
        fixture.given(erased, erased, erased, erased)
                .when(command)
                .expectException(RecordErased.class)
                .expectNoEvents();
    }
}
