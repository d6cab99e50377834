package uk.joinedup.caseservice.retention.erasure.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.infrastructure.mongo.InMemoryDocuments;
import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.retention.erasure.api.ErasureApproved;
import uk.joinedup.caseservice.retention.erasure.api.ErasureCompleted;
import uk.joinedup.caseservice.retention.erasure.api.ErasureHeld;
import uk.joinedup.caseservice.retention.erasure.api.ErasureHoldReleased;
import uk.joinedup.caseservice.retention.erasure.api.ErasureProposed;
import uk.joinedup.caseservice.retention.erasure.api.ErasureWithdrawn;
import uk.joinedup.caseservice.retention.erasure.api.Erasures;
import uk.joinedup.caseservice.retention.erasure.api.HoldReason;
import uk.joinedup.caseservice.retention.schedules.RetentionSchedules;

/** The officers' erasure list on a real (in-memory) embedded server: each erasure moves between the lists. */
class ErasureRecordsTest {

    private static final LocalDate TODAY = LocalDate.of(2032, 6, 2);
    private static final DataSubject WALKERS = DataSubject.family("walkers");
    private static final DataSubject STEPHEN = DataSubject.person("stephen");
    private static final ErasureId WALKERS_ERASURE = Erasures.idFor(WALKERS);
    private static final ErasureId STEPHEN_ERASURE = Erasures.idFor(STEPHEN);

    private final InMemoryDocuments store = new InMemoryDocuments();
    private final ErasureRecords records = new ErasureRecords(store.documents(), new RetentionSchedules());

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void listsProposedErasuresEarliestRetentionEndFirstWithTheScheduleNamed() {
        propose(STEPHEN_ERASURE, STEPHEN, "adult-agency-facts", TODAY.minusDays(1));
        propose(WALKERS_ERASURE, WALKERS, "early-help-family-case", TODAY.minusDays(3));

        ErasureList list = records.list(YearMonth.from(TODAY));

        assertThat(list.proposed())
                .extracting(ErasureView::erasureId)
                .containsExactly("erasure-family-walkers", "erasure-person-stephen");
        ErasureView walkers = list.proposed().get(0);
        assertThat(walkers.subjectKind()).isEqualTo("family");
        assertThat(walkers.subjectId()).isEqualTo("walkers");
        assertThat(walkers.scheduleId()).isEqualTo("early-help-family-case");
        assertThat(walkers.scheduleName()).isNotBlank().isNotEqualTo("early-help-family-case");
        assertThat(walkers.retentionEndedOn()).isEqualTo(TODAY.minusDays(3));
        assertThat(walkers.status()).isEqualTo(ErasureStatus.PROPOSED);
        assertThat(walkers.version()).isZero();
        assertThat(list.held()).isEmpty();
        assertThat(list.approved()).isEmpty();
        assertThat(list.completed()).isEmpty();
    }

    @Test
    void aHeldErasureMovesToTheHeldListWithItsReviewDateAndBackWhenReleased() {
        propose(WALKERS_ERASURE, WALKERS, "early-help-family-case", TODAY.minusDays(3));
        records.on(
                new ErasureHeld(
                        WALKERS_ERASURE, HoldReason.LEGAL_HOLD, "Litigation", TODAY, TODAY.plusMonths(6), "chris.ward"),
                message(WALKERS_ERASURE, 1));

        ErasureList held = records.list(YearMonth.from(TODAY));
        assertThat(held.proposed()).isEmpty();
        assertThat(held.held()).singleElement().satisfies(erasure -> {
            assertThat(erasure.hold().reason()).isEqualTo(HoldReason.LEGAL_HOLD);
            assertThat(erasure.hold().note()).isEqualTo("Litigation");
            assertThat(erasure.hold().reviewOn()).isEqualTo(TODAY.plusMonths(6));
            assertThat(erasure.hold().heldBy()).isEqualTo("Chris Ward");
            assertThat(erasure.version()).isEqualTo(1);
        });

        records.on(
                new ErasureHoldReleased(WALKERS_ERASURE, "Settled", TODAY.plusDays(1), "chris.ward"),
                message(WALKERS_ERASURE, 2));

        ErasureList released = records.list(YearMonth.from(TODAY));
        assertThat(released.held()).isEmpty();
        assertThat(released.proposed()).singleElement().satisfies(erasure -> {
            assertThat(erasure.hold()).isNull();
            assertThat(erasure.lastRelease().note()).isEqualTo("Settled");
            assertThat(erasure.lastRelease().releasedBy()).isEqualTo("Chris Ward");
            assertThat(erasure.version()).isEqualTo(2);
        });
    }

    @Test
    void anApprovedErasureIsListedUntilCompletedThenUnderTheMonthItsKeyWasDestroyed() {
        propose(WALKERS_ERASURE, WALKERS, "early-help-family-case", TODAY.minusDays(3));
        records.on(new ErasureApproved(WALKERS_ERASURE, WALKERS, TODAY, "chris.ward"), message(WALKERS_ERASURE, 1));

        ErasureList approved = records.list(YearMonth.from(TODAY));
        assertThat(approved.proposed()).isEmpty();
        assertThat(approved.approved()).singleElement().satisfies(erasure -> {
            assertThat(erasure.approvedOn()).isEqualTo(TODAY);
            assertThat(erasure.approvedBy()).isEqualTo("Chris Ward");
        });

        // 23:30 UTC on 30 June is 00:30 on 1 July in London
        Instant destroyed = Instant.parse("2032-06-30T23:30:00Z");
        records.on(new ErasureCompleted(WALKERS_ERASURE, WALKERS, destroyed), message(WALKERS_ERASURE, 2));

        assertThat(records.list(YearMonth.of(2032, 6)).completed()).isEmpty();
        ErasureList july = records.list(YearMonth.of(2032, 7));
        assertThat(july.approved()).isEmpty();
        assertThat(july.completedIn()).isEqualTo("2032-07");
        assertThat(july.completed()).singleElement().satisfies(erasure -> {
            assertThat(erasure.status()).isEqualTo(ErasureStatus.COMPLETED);
            assertThat(erasure.keyDestroyedAt()).isEqualTo(destroyed);
        });
    }

    @Test
    void anEventDeliveredAgainChangesNothing() {
        propose(WALKERS_ERASURE, WALKERS, "early-help-family-case", TODAY.minusDays(3));
        ErasureHeld held =
                new ErasureHeld(WALKERS_ERASURE, HoldReason.OTHER, "Check", TODAY, TODAY.plusDays(9), "chris.ward");
        records.on(held, message(WALKERS_ERASURE, 1));
        records.on(held, message(WALKERS_ERASURE, 1));

        assertThat(records.list(YearMonth.from(TODAY)).held())
                .extracting(ErasureView::erasureId)
                .containsExactly("erasure-family-walkers");
    }

    @Test
    void findsOneErasureByIdAndKnowsWhichExist() {
        propose(STEPHEN_ERASURE, STEPHEN, "adult-agency-facts", TODAY.minusDays(1));

        assertThat(records.view("erasure-person-stephen"))
                .get()
                .extracting(ErasureView::subjectId)
                .isEqualTo("stephen");
        assertThat(records.exists("erasure-person-stephen")).isTrue();
        assertThat(records.exists("erasure-person-nobody")).isFalse();
        assertThat(records.view("erasure-person-nobody")).isEmpty();
    }

    @Test
    void aWithdrawnErasureLeavesTheListsIsNoLongerOpenAndComesBackWhenProposedAgain() {
        propose(WALKERS_ERASURE, WALKERS, "early-help-family-case", TODAY.minusDays(3));
        propose(STEPHEN_ERASURE, STEPHEN, "adult-agency-facts", TODAY.minusDays(1));
        records.on(
                new ErasureHeld(STEPHEN_ERASURE, HoldReason.OTHER, "Check", TODAY, TODAY.plusDays(9), "chris.ward"),
                message(STEPHEN_ERASURE, 1));
        List<String> openBefore = records.open();

        records.on(new ErasureWithdrawn(WALKERS_ERASURE, TODAY), message(WALKERS_ERASURE, 1));

        assertThat(openBefore).containsExactly("erasure-family-walkers", "erasure-person-stephen");
        assertThat(records.open()).containsExactly("erasure-person-stephen");
        ErasureList list = records.list(YearMonth.from(TODAY));
        assertThat(list.proposed()).isEmpty();
        assertThat(list.held()).extracting(ErasureView::erasureId).containsExactly("erasure-person-stephen");
        assertThat(records.exists("erasure-family-walkers")).isFalse();
        assertThat(records.view("erasure-family-walkers")).get().satisfies(erasure -> {
            assertThat(erasure.status()).isEqualTo(ErasureStatus.WITHDRAWN);
            assertThat(erasure.withdrawnOn()).isEqualTo(TODAY);
            assertThat(erasure.version()).isEqualTo(1);
        });

        LocalDate dueAgain = TODAY.plusYears(1);
        records.on(
                new ErasureProposed(WALKERS_ERASURE, WALKERS, "early-help-family-case", dueAgain, dueAgain),
                message(WALKERS_ERASURE, 2));

        assertThat(records.exists("erasure-family-walkers")).isTrue();
        assertThat(records.list(YearMonth.from(TODAY)).proposed())
                .singleElement()
                .satisfies(erasure -> {
                    assertThat(erasure.retentionEndedOn()).isEqualTo(dueAgain);
                    assertThat(erasure.withdrawnOn()).isNull();
                    assertThat(erasure.version()).isEqualTo(2);
                });
        assertThat(store.documents()
                        .collection(ErasureRecords.LISTS_COLLECTION, ErasureRecords.StatusList.class)
                        .find("withdrawn")
                        .map(ErasureRecords.StatusList::erasureIds))
                .as("no longer listed as withdrawn")
                .hasValueSatisfying(ids -> assertThat(ids).isEmpty());
    }

    @Test
    void aResetForgetsEveryErasure() {
        propose(STEPHEN_ERASURE, STEPHEN, "adult-agency-facts", TODAY.minusDays(1));
        records.reset();

        assertThat(records.exists("erasure-person-stephen")).isFalse();
        assertThat(records.list(YearMonth.from(TODAY)).proposed()).isEmpty();
    }

    private void propose(ErasureId id, DataSubject subject, String schedule, LocalDate ended) {
        records.on(new ErasureProposed(id, subject, schedule, ended, TODAY), message(id, 0));
    }

    private static DomainEventMessage<?> message(ErasureId id, long sequence) {
        return new GenericDomainEventMessage<>(
                "Erasure",
                id.value(),
                sequence,
                new Object(),
                MetaData.with(ActingCommand.USER_NAME, "Chris Ward"),
                UUID.randomUUID().toString(),
                Instant.parse("2032-06-02T10:00:00Z"));
    }
}
