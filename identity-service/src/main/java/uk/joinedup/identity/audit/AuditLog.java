package uk.joinedup.identity.audit;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.bson.Document;
import org.springframework.stereotype.Component;
import uk.joinedup.embeddedmongo.Durability;

/**
 * Appends audit events, committed before {@link #record} returns, and reads them newest first. Events
 * are keyed by a dense sequence allocated here; the last one allocated is remembered in {@code
 * audit_head} and found again at start-up by looking past it (another instance, or a crash before the
 * head was written, may have appended more). A duplicate key means another instance took the number:
 * the next is tried.
 */
@Component
public class AuditLog {

    private static final int BATCH = 500;
    private static final int RECENT_SIGN_INS = 20;

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> head;
    private final MongoCollection<Document> history;
    private final Durability durability;
    private final Clock clock;
    private final AtomicLong last;

    AuditLog(MongoDatabase database, Durability durability, Clock clock) {
        this.events = database.getCollection("audit_events");
        this.head = database.getCollection("audit_head");
        this.history = database.getCollection("sign_in_history");
        this.durability = durability;
        this.clock = clock;
        this.last = new AtomicLong(findLast());
    }

    public AuditEvent record(
            AuditEventType type, String actor, String subject, String agencyId, String address, String detail) {
        Instant at = clock.instant();
        while (true) {
            long sequence = last.incrementAndGet();
            AuditEvent event = new AuditEvent(sequence, at, type, actor, subject, agencyId, address, detail);
            try {
                events.insertOne(document(event));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    last.set(findLast());
                    continue;
                }
                throw e;
            }
            head.replaceOne(
                    new Document("_id", "head"),
                    new Document("_id", "head").append("last", sequence),
                    new ReplaceOptions().upsert(true));
            if (type.aboutSigningIn() && subject != null) {
                remember(event);
            }
            durability.commit();
            return event;
        }
    }

    /** Up to {@code limit} events matching the filter, newest first, older than {@code before} if given. */
    public List<AuditEvent> newest(AuditFilter filter, Long before, int limit) {
        List<AuditEvent> found = new ArrayList<>();
        scanNewestFirst(
                before,
                event -> {
                    if (found.size() < limit && filter.matches(event)) {
                        found.add(event);
                    }
                },
                () -> found.size() >= limit);
        return found;
    }

    /** Every event matching the filter, newest first, to a consumer (an export). */
    public void each(AuditFilter filter, Consumer<AuditEvent> consumer) {
        scanNewestFirst(
                null,
                event -> {
                    if (filter.matches(event)) {
                        consumer.accept(event);
                    }
                },
                () -> false);
    }

    /** A user's latest sign-ins and failures, newest first. */
    public List<AuditEvent> recentSignIns(String username) {
        Document found = history.find(new Document("_id", username)).first();
        if (found == null) {
            return List.of();
        }
        return found.getList("events", Document.class, List.of()).stream()
                .map(AuditLog::eventOf)
                .sorted(Comparator.comparingLong(AuditEvent::sequence).reversed())
                .toList();
    }

    private void remember(AuditEvent event) {
        Document found = history.find(new Document("_id", event.subject())).first();
        List<Document> recent =
                new ArrayList<>(found == null ? List.of() : found.getList("events", Document.class, List.of()));
        recent.add(document(event));
        while (recent.size() > RECENT_SIGN_INS) {
            recent.remove(0);
        }
        history.replaceOne(
                new Document("_id", event.subject()),
                new Document("_id", event.subject()).append("events", recent),
                new ReplaceOptions().upsert(true));
    }

    private void scanNewestFirst(Long before, Consumer<AuditEvent> consumer, java.util.function.BooleanSupplier done) {
        long top = before == null ? last.get() : Math.min(before - 1, last.get());
        while (top >= 1 && !done.getAsBoolean()) {
            long bottom = Math.max(1, top - BATCH + 1);
            List<Long> ids = LongStream.rangeClosed(bottom, top).boxed().toList();
            List<AuditEvent> batch = events.find(new Document("_id", new Document("$in", ids)))
                    .map(AuditLog::eventOf)
                    .into(new ArrayList<>());
            batch.sort(Comparator.comparingLong(AuditEvent::sequence).reversed());
            for (AuditEvent event : batch) {
                if (done.getAsBoolean()) {
                    return;
                }
                consumer.accept(event);
            }
            top = bottom - 1;
        }
    }

    private long findLast() {
        Document stored = head.find(new Document("_id", "head")).first();
        long candidate = stored == null ? 0 : stored.getLong("last");
        while (events.find(new Document("_id", candidate + 1)).first() != null) {
            candidate++;
        }
        return candidate;
    }

    private static Document document(AuditEvent event) {
        return new Document("_id", event.sequence())
                .append("at", Date.from(event.at()))
                .append("type", event.type().name())
                .append("actor", event.actor())
                .append("subject", event.subject())
                .append("agencyId", event.agencyId())
                .append("address", event.address())
                .append("detail", event.detail());
    }

    private static AuditEvent eventOf(Document found) {
        return new AuditEvent(
                found.getLong("_id"),
                found.getDate("at").toInstant(),
                AuditEventType.valueOf(found.getString("type")),
                found.getString("actor"),
                found.getString("subject"),
                found.getString("agencyId"),
                found.getString("address"),
                found.getString("detail"));
    }
}
