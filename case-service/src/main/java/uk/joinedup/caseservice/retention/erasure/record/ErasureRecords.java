package uk.joinedup.caseservice.retention.erasure.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.chronology.Recorded;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.retention.erasure.api.ErasureApproved;
import uk.joinedup.caseservice.retention.erasure.api.ErasureCompleted;
import uk.joinedup.caseservice.retention.erasure.api.ErasureHeld;
import uk.joinedup.caseservice.retention.erasure.api.ErasureHoldReleased;
import uk.joinedup.caseservice.retention.erasure.api.ErasureProposed;
import uk.joinedup.caseservice.retention.erasure.api.ErasureWithdrawn;
import uk.joinedup.caseservice.retention.schedules.RetentionSchedule;
import uk.joinedup.caseservice.retention.schedules.RetentionSchedules;

/**
 * Keeps each erasure by its id, saved whole on every event with the event's sequence number as its version,
 * and the ids of the erasures in each status in one document per status ({@code proposed}, {@code held},
 * {@code approved}) or, for completed ones, per month ({@code completed:2032-06}): the officers' list is one
 * read of those documents and one {@code $in} of ids per hundred erasures. Each move between lists is one
 * atomic update of each; the list is filtered by each record's own status, so an erasure caught between two
 * lists shows once. Replays are harmless: an erasure's events are applied in order.
 */
@Component
@ProcessingGroup("erasures")
public class ErasureRecords {

    static final String COLLECTION = "erasures";
    static final String LISTS_COLLECTION = "erasures_by_status";

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String IDS = "erasureIds";

    private final DocumentCollection<ErasureRecord> erasures;
    private final DocumentCollection<StatusList> lists;
    private final Map<String, String> scheduleNames;

    ErasureRecords(MongoDocuments documents, RetentionSchedules schedules) {
        this.erasures = documents.collection(COLLECTION, ErasureRecord.class);
        this.lists = documents.collection(LISTS_COLLECTION, StatusList.class);
        this.scheduleNames =
                schedules.all().stream().collect(Collectors.toMap(RetentionSchedule::id, RetentionSchedule::name));
    }

    /** One erasure as officers see it. */
    public Optional<ErasureView> view(String erasureId) {
        return erasures.find(erasureId).map(this::view);
    }

    /**
     * Whether the subject's erasure stands proposed, held, approved or completed: a withdrawn proposal does not
     * count, so the review proposes it again when the subject is due again.
     */
    public boolean exists(String erasureId) {
        return erasures.find(erasureId)
                .filter(erasure -> erasure.status() != ErasureStatus.WITHDRAWN)
                .isPresent();
    }

    /**
     * The ids of the erasures proposed or held, not yet decided: those the review withdraws when their subject is no
     * longer due. An erasure is named after its subject ({@code Erasures.idFor}).
     */
    public List<String> open() {
        List<String> ids = lists.findAll(List.of(listOf(ErasureStatus.PROPOSED), listOf(ErasureStatus.HELD))).stream()
                .flatMap(list -> list.erasureIds().stream())
                .distinct()
                .toList();
        return erasures.findAll(ids).stream()
                .filter(erasure -> erasure.status() == ErasureStatus.PROPOSED || erasure.status() == ErasureStatus.HELD)
                .map(ErasureRecord::erasureId)
                .sorted()
                .toList();
    }

    /** The proposed, held and approved erasures, and those completed in {@code month}. */
    public ErasureList list(YearMonth month) {
        String completedKey = completedList(month);
        List<StatusList> found = lists.findAll(List.of(
                listOf(ErasureStatus.PROPOSED),
                listOf(ErasureStatus.HELD),
                listOf(ErasureStatus.APPROVED),
                completedKey));
        List<String> ids = found.stream()
                .flatMap(list -> list.erasureIds().stream())
                .distinct()
                .toList();
        List<ErasureRecord> records = erasures.findAll(ids);
        return new ErasureList(
                listed(records, ErasureStatus.PROPOSED, null, Comparator.comparing(ErasureRecord::retentionEndedOn)),
                listed(records, ErasureStatus.HELD, null, Comparator.comparing(erasure -> erasure.hold()
                        .reviewOn())),
                listed(records, ErasureStatus.APPROVED, null, Comparator.comparing(ErasureRecord::approvedOn)),
                month.toString(),
                listed(
                        records,
                        ErasureStatus.COMPLETED,
                        month,
                        Comparator.comparing(ErasureRecord::keyDestroyedAt).reversed()));
    }

    private List<ErasureView> listed(
            List<ErasureRecord> records, ErasureStatus status, YearMonth month, Comparator<ErasureRecord> order) {
        List<ErasureRecord> these = new ArrayList<>();
        for (ErasureRecord erasure : records) {
            if (erasure.status() == status
                    && (month == null || completedIn(erasure).equals(month))) {
                these.add(erasure);
            }
        }
        these.sort(order.thenComparing(ErasureRecord::erasureId));
        return these.stream().map(this::view).toList();
    }

    private ErasureView view(ErasureRecord erasure) {
        return ErasureView.of(erasure, scheduleNames.getOrDefault(erasure.schedule(), erasure.schedule()));
    }

    @EventHandler
    void on(ErasureProposed event, DomainEventMessage<?> message) {
        String id = event.erasureId().value();
        erasures.save(
                id,
                ErasureRecord.proposed(
                        id,
                        event.subject().kind().prefix(),
                        event.subject().id(),
                        event.schedule(),
                        event.retentionEndedOn(),
                        event.proposedOn(),
                        message.getSequenceNumber()));
        lists.addToSet(listOf(ErasureStatus.PROPOSED), IDS, id);
        lists.pull(listOf(ErasureStatus.WITHDRAWN), IDS, id);
    }

    @EventHandler
    void on(ErasureHeld event, DomainEventMessage<?> message) {
        String by = Recorded.from(message).by();
        move(
                event.erasureId().value(),
                message.getSequenceNumber(),
                erasure -> erasure.held(
                        new ErasureRecord.Hold(event.reason(), event.note(), event.heldOn(), event.reviewOn(), by),
                        message.getSequenceNumber()));
    }

    @EventHandler
    void on(ErasureHoldReleased event, DomainEventMessage<?> message) {
        String by = Recorded.from(message).by();
        move(
                event.erasureId().value(),
                message.getSequenceNumber(),
                erasure -> erasure.released(
                        new ErasureRecord.Release(event.note(), event.releasedOn(), by), message.getSequenceNumber()));
    }

    @EventHandler
    void on(ErasureApproved event, DomainEventMessage<?> message) {
        String by = Recorded.from(message).by();
        move(
                event.erasureId().value(),
                message.getSequenceNumber(),
                erasure -> erasure.approved(event.approvedOn(), by, message.getSequenceNumber()));
    }

    @EventHandler
    void on(ErasureCompleted event, DomainEventMessage<?> message) {
        move(
                event.erasureId().value(),
                message.getSequenceNumber(),
                erasure -> erasure.completed(event.keyDestroyedAt(), message.getSequenceNumber()));
    }

    @EventHandler
    void on(ErasureWithdrawn event, DomainEventMessage<?> message) {
        move(
                event.erasureId().value(),
                message.getSequenceNumber(),
                erasure -> erasure.withdrawn(event.withdrawnOn(), message.getSequenceNumber()));
    }

    /**
     * Saves the erasure as changed and moves its id from the list of its old status to that of its new one. An
     * event the record already holds (delivered again) changes nothing.
     */
    private void move(String erasureId, long sequence, Function<ErasureRecord, ErasureRecord> change) {
        erasures.find(erasureId).filter(before -> before.version() < sequence).ifPresent(before -> {
            ErasureRecord after = change.apply(before);
            erasures.save(erasureId, after);
            lists.addToSet(listOf(after), IDS, erasureId);
            if (!listOf(before).equals(listOf(after))) {
                lists.pull(listOf(before), IDS, erasureId);
            }
        });
    }

    @ResetHandler
    void reset() {
        erasures.deleteAll();
        lists.deleteAll();
    }

    private static String listOf(ErasureRecord erasure) {
        return erasure.status() == ErasureStatus.COMPLETED
                ? completedList(completedIn(erasure))
                : listOf(erasure.status());
    }

    private static String listOf(ErasureStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static String completedList(YearMonth month) {
        return "completed:" + month;
    }

    private static YearMonth completedIn(ErasureRecord erasure) {
        return YearMonth.from(erasure.keyDestroyedAt().atZone(UK));
    }

    /** The ids of the erasures in one status (or completed in one month), as stored. */
    record StatusList(@JsonProperty("_id") String id, Set<String> erasureIds) {

        StatusList {
            erasureIds = erasureIds == null ? Set.of() : Set.copyOf(erasureIds);
        }
    }
}
