package uk.joinedup.caseservice.retention.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.retention.due.DueSubject;
import uk.joinedup.caseservice.retention.due.RetentionDue;
import uk.joinedup.caseservice.retention.erasure.api.ProposeErasure;
import uk.joinedup.caseservice.retention.erasure.api.WithdrawErasure;
import uk.joinedup.caseservice.retention.erasure.record.ErasureRecords;
import uk.joinedup.caseservice.retention.schedules.Records;
import uk.joinedup.caseservice.retention.schedules.RetentionSchedule;
import uk.joinedup.caseservice.retention.schedules.RetentionSchedules;
import uk.joinedup.caseservice.rules.RuleViolation;

/** The daily review proposes each subject due once, and a family only when all its members are due. */
class RetentionReviewTest {

    private static final LocalDate TODAY = LocalDate.of(2032, 6, 2);
    private static final LocalDate ENDED = LocalDate.of(2032, 5, 31);

    private final RetentionDue due = mock(RetentionDue.class);
    private final ErasureRecords erasures = mock(ErasureRecords.class);
    private final List<Object> sent = new ArrayList<>();
    private final CommandGateway commands = mock(CommandGateway.class);
    private final Clock clock = Clock.fixed(Instant.parse("2032-06-02T01:00:00Z"), ZoneId.of("Europe/London"));
    private final RetentionReview review = new RetentionReview(due, erasures, commands, clock);

    @BeforeEach
    void recordCommands() {
        when(commands.sendAndWait(any())).thenAnswer(call -> {
            sent.add(call.getArgument(0));
            return null;
        });
    }

    @Test
    void proposesEachPersonDueWithTheScheduleAndDayThatDecidedIt() {
        when(due.by(TODAY)).thenReturn(List.of(person("stephen"), person("alesha")));

        RetentionReview.Outcome outcome = review.review(TODAY);

        assertThat(sent)
                .containsExactly(
                        new ProposeErasure(
                                new ErasureId("erasure-person-stephen"),
                                DataSubject.person("stephen"),
                                "adult-agency-facts",
                                ENDED,
                                TODAY),
                        new ProposeErasure(
                                new ErasureId("erasure-person-alesha"),
                                DataSubject.person("alesha"),
                                "adult-agency-facts",
                                ENDED,
                                TODAY));
        assertThat(outcome).isEqualTo(new RetentionReview.Outcome(2, 2, 0, 0, 0));
    }

    @Test
    void skipsAnyoneAlreadyProposed() {
        when(due.by(TODAY)).thenReturn(List.of(person("stephen")));
        when(erasures.exists("erasure-person-stephen")).thenReturn(true);

        assertThat(review.review(TODAY)).isEqualTo(new RetentionReview.Outcome(1, 0, 1, 0, 0));
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void countsAProposalMadeMeanwhileByAnotherInstanceAsSkipped() {
        when(due.by(TODAY)).thenReturn(List.of(person("stephen")));
        when(commands.sendAndWait(any())).thenThrow(new ConcurrencyException("stream exists"));

        assertThat(review.review(TODAY)).isEqualTo(new RetentionReview.Outcome(1, 0, 1, 0, 0));
    }

    @Test
    void aFamilyWaitsUntilEveryoneWhoBelongedToItIsDueOrProposed() {
        when(due.by(TODAY)).thenReturn(List.of(person("stephen"), family("walkers")));
        when(due.membersOf("walkers")).thenReturn(List.of("stephen", "kayleigh"));

        assertThat(review.review(TODAY)).isEqualTo(new RetentionReview.Outcome(2, 1, 0, 1, 0));
        assertThat(sent)
                .extracting(command -> ((ProposeErasure) command).subject())
                .containsExactly(DataSubject.person("stephen"));

        sent.clear();
        when(erasures.exists("erasure-person-stephen")).thenReturn(true);
        when(erasures.exists("erasure-person-kayleigh")).thenReturn(true);
        assertThat(review.review(TODAY)).isEqualTo(new RetentionReview.Outcome(2, 1, 1, 0, 0));
        assertThat(sent)
                .extracting(command -> ((ProposeErasure) command).subject())
                .containsExactly(DataSubject.family("walkers"));
    }

    @Test
    void withdrawsTheProposalsAndHoldsOfSubjectsNoLongerDueAndKeepsTheOthers() {
        when(due.by(TODAY)).thenReturn(List.of(person("stephen"), family("walkers")));
        when(due.membersOf("walkers")).thenReturn(List.of("stephen"));
        when(erasures.exists("erasure-person-stephen")).thenReturn(true);
        when(erasures.exists("erasure-family-walkers")).thenReturn(true);
        when(erasures.open())
                .thenReturn(List.of(
                        "erasure-family-walkers",
                        "erasure-person-kayleigh",
                        "erasure-person-stephen",
                        "erasure-family-stephen"));

        RetentionReview.Outcome outcome = review.review(TODAY);

        assertThat(sent)
                .containsExactly(
                        new WithdrawErasure(new ErasureId("erasure-person-kayleigh"), TODAY),
                        new WithdrawErasure(new ErasureId("erasure-family-stephen"), TODAY));
        assertThat(outcome).isEqualTo(new RetentionReview.Outcome(2, 0, 2, 0, 2));
    }

    @Test
    void aProposalDecidedSinceTheListWasReadIsNotCountedAsWithdrawn() {
        when(erasures.open()).thenReturn(List.of("erasure-person-kayleigh"));
        when(commands.sendAndWait(any())).thenThrow(new RuleViolation("erasure-already-approved", "approved") {});

        assertThat(review.review(TODAY)).isEqualTo(new RetentionReview.Outcome(0, 0, 0, 0, 0));
    }

    @Test
    void theDailyRunReviewsTodayByTheServiceClock() {
        when(due.by(TODAY)).thenReturn(List.of(person("stephen")));

        review.daily();

        assertThat(sent).hasSize(1);
        verify(due).by(TODAY);
    }

    private static DueSubject person(String id) {
        return new DueSubject(
                "person", id, Records.ADULT, ENDED, InformationCategory.OFFENDING, schedule("adult-agency-facts"));
    }

    private static DueSubject family(String id) {
        return new DueSubject(
                "family",
                id,
                Records.FAMILY_CASE,
                ENDED,
                InformationCategory.FAMILY,
                schedule("early-help-family-case"));
    }

    private static RetentionSchedule schedule(String id) {
        return new RetentionSchedules()
                .all().stream()
                        .filter(schedule -> schedule.id().equals(id))
                        .findFirst()
                        .orElseThrow();
    }
}
