package uk.joinedup.caseservice.family.domain;

import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.family.FamilyFixtures.LIAM;
import static uk.joinedup.caseservice.family.FamilyFixtures.REFERRAL;
import static uk.joinedup.caseservice.family.FamilyFixtures.TODAY;
import static uk.joinedup.caseservice.family.FamilyFixtures.WALKERS;
import static uk.joinedup.caseservice.family.FamilyFixtures.registered;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.joinedup.caseservice.Samples;
import uk.joinedup.caseservice.family.api.AddFamilyMember;
import uk.joinedup.caseservice.family.api.EraseFamily;
import uk.joinedup.caseservice.family.api.FamilyErased;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.FamilyMemberJoined;
import uk.joinedup.caseservice.family.api.FamilyRegistered;
import uk.joinedup.caseservice.family.api.ReceiveReferral;
import uk.joinedup.caseservice.family.api.Relationship;
import uk.joinedup.caseservice.family.api.RiskFactor;
import uk.joinedup.caseservice.family.api.Standing;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.personaldata.ErasedEvent;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.rules.RecordErased;

/**
 * Erasing a family's record (ADR 31): the erasure's event, and a record that refuses commands after it. Every
 * command handler starts with the same check; two commands stand for all of them here.
 */
class FamilyErasureTest {

    private static final ErasureId ERASURE = new ErasureId("erasure-family-walker");

    private FixtureConfiguration<Family> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Family.class);
    }

    @Test
    void erasesARecord() {
        fixture.given(registered())
                .when(new EraseFamily(WALKERS, ERASURE))
                .expectEvents(new FamilyErased(WALKERS, ERASURE));
    }

    @Test
    void erasingAnErasedRecordAgainChangesNothing() {
        fixture.given(registered(), new FamilyErased(WALKERS, ERASURE))
                .when(new EraseFamily(WALKERS, ERASURE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    static Stream<Object> commands() {
        return Stream.of(
                new AddFamilyMember(
                        WALKERS,
                        null,
                        LIAM,
                        Relationship.CHILD,
                        TODAY.minusDays(60),
                        TODAY,
                        Standing.REGISTERING_AGENCY,
                        earlyHelpKeyworker()),
                new ReceiveReferral(
                        WALKERS,
                        REFERRAL,
                        "Liam is missing school",
                        Set.of(RiskFactor.SCHOOL_ABSENCE_OR_EXCLUSION),
                        TODAY.minusDays(30),
                        TODAY,
                        housingOfficer()));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void acceptsCommandsBeforeTheErasure(Object command) {
        fixture.given(registered()).when(command).expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void refusesCommandsOnceErased(Object command) {
        fixture.given(registered(), new FamilyErased(WALKERS, ERASURE))
                .when(command)
                .expectException(RecordErased.class)
                .expectNoEvents();
    }

    /** A sample of every command the family takes but its erasure, for the family {@code sample}. */
    static Stream<Object> everyCommand() {
        return Arrays.stream(Family.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(CommandHandler.class))
                .map(method -> method.getParameterTypes()[0])
                .filter(type -> type != EraseFamily.class)
                .map(Samples::of);
    }

    /** Samples carry version 3: the sample family has events up to sequence 3, its erasure last. */
    @ParameterizedTest
    @MethodSource("everyCommand")
    void refusesEveryCommandOnceErased(Object command) {
        FamilyId sample = new FamilyId("sample");
        fixture.given(
                        new FamilyRegistered(
                                sample, "Sample family", housingOfficer().agency()),
                        new FamilyMemberJoined(sample, LIAM, Relationship.CHILD, TODAY),
                        new FamilyMemberJoined(sample, new PersonId("person-mia"), Relationship.CHILD, TODAY),
                        new FamilyErased(sample, ERASURE))
                .when(command)
                .expectException(RecordErased.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void refusesCommandsWhenItsEventsReadAsErased(Object command) {
        fixture.given(new ErasedEvent(FamilyRegistered.class.getName(), "family/" + WALKERS.value()))
                .when(command)
                .expectException(RecordErased.class)
                .expectNoEvents();
    }
}
