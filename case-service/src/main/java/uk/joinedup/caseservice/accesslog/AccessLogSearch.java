package uk.joinedup.caseservice.accesslog;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Finds records of the access log through the {@link LookupIndex}, never by scanning: the day
 * documents give the sequence numbers of a period, the person, user and agency documents the numbers
 * filed under them, and the records themselves are fetched by {@code _id $in}, {@value #FETCH} at a
 * time, newest (highest number) first.
 *
 * <p>Days overlap at their edges (a view at 23:59:59.998 can be appended after one at 00:00:00.001),
 * so the records of a period's first and last sequence numbers that interleave with the neighbouring
 * days are read and those dated outside the period are left out: counts and pages are exact.
 */
@Component
public class AccessLogSearch {

    /** Ids per {@code $in}: the embedded server compares each record found with every id of its list (ADR 24). */
    static final int FETCH = 100;

    private static final Logger log = LoggerFactory.getLogger(AccessLogSearch.class);
    /** How long a search waits for this instance's latest records to be indexed (a batch takes ms). */
    private static final Duration INDEXING = Duration.ofSeconds(2);

    private static final BsonDocument ID_AND_AT =
            new BsonDocument(AccessDocuments.ID, new BsonInt32(1)).append(AccessDocuments.AT, new BsonInt32(1));

    private final MongoCollection<BsonDocument> records;
    private final LookupIndex index;
    private final AccessLog accessLog;

    AccessLogSearch(MongoDatabase database, AccessLog accessLog) {
        this.records = AccessDocuments.records(database);
        this.index = new LookupIndex(LookupIndex.collection(database));
        this.accessLog = accessLog;
    }

    /** The page (from 1) of the records the filter matches, newest first. */
    public AccessLogPage find(AccessLogFilter filter, int page, int pageSize) {
        if (page < 1 || pageSize < 1) {
            throw new IllegalArgumentException("Pages are numbered from 1 and hold at least one record");
        }
        accessLog.awaitIndexed(INDEXING);
        Sequences matching = matching(filter);
        List<LoggedAccess> found = fetch(matching.newestFirst((long) (page - 1) * pageSize, pageSize));
        return new AccessLogPage(filter.from(), filter.to(), page, pageSize, matching.size(), found);
    }

    /** Every record the filter matches, newest first, fetched {@value #FETCH} at a time. */
    public void forEach(AccessLogFilter filter, Consumer<LoggedAccess> each) {
        accessLog.awaitIndexed(INDEXING);
        Sequences matching = matching(filter);
        for (long offset = 0; offset < matching.size(); offset += FETCH) {
            fetch(matching.newestFirst(offset, FETCH)).forEach(each);
        }
    }

    /**
     * Who looked at a person's information from {@code from} to {@code to} (UK days, inclusive), newest
     * first, whatever the period's length: every view of their record, of a family they were in, and
     * every search that showed them. For the person's own view of who looked at their record (subject
     * access).
     */
    public List<LoggedAccess> forPerson(String personId, LocalDate from, LocalDate to) {
        accessLog.awaitIndexed(INDEXING);
        List<LoggedAccess> views = new ArrayList<>();
        for (LoggedAccess record : fetch(descending(index.person(personId, from, to)))) {
            LocalDate day = LookupIndex.ukDate(record);
            if (!day.isBefore(from) && !day.isAfter(to)) {
                views.add(record);
            }
        }
        return views;
    }

    private Sequences matching(AccessLogFilter filter) {
        Sequences period = period(filter.from(), filter.to());
        if (period.size() == 0) {
            return period;
        }
        long[] filed = null;
        if (filter.byPerson()) {
            filed = index.person(filter.personId(), filter.from(), filter.to());
        }
        if (filter.byUser()) {
            filed = intersect(filed, index.user(filter.userId(), filter.from(), filter.to()));
        }
        if (filter.byAgency()) {
            filed = intersect(filed, index.agency(filter.agency(), period.first(), period.last()));
        }
        return filed == null ? period : period.retainAll(filed);
    }

    /** The sequence numbers of the records of these UK days. */
    private Sequences period(LocalDate from, LocalDate to) {
        Map<LocalDate, long[]> days = index.days(from.minusDays(1), to.plusDays(1));
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Map.Entry<LocalDate, long[]> day : days.entrySet()) {
            if (!day.getKey().isBefore(from) && !day.getKey().isAfter(to)) {
                first = Math.min(first, day.getValue()[0]);
                last = Math.max(last, day.getValue()[1]);
            }
        }
        if (first > last) {
            return Sequences.none();
        }
        TreeSet<Long> outside = new TreeSet<>();
        long[] before = days.get(from.minusDays(1));
        if (before != null && before[1] >= first) {
            outside.addAll(datedOutside(first, Math.min(before[1], last), from, to));
        }
        long[] after = days.get(to.plusDays(1));
        if (after != null && after[0] <= last) {
            outside.addAll(datedOutside(Math.max(after[0], first), last, from, to));
        }
        return Sequences.range(first, last).without(outside);
    }

    /** The records from {@code first} to {@code last} dated outside the period. */
    private List<Long> datedOutside(long first, long last, LocalDate from, LocalDate to) {
        List<Long> outside = new ArrayList<>();
        for (long start = first; start <= last; start += FETCH) {
            long end = Math.min(last, start + FETCH - 1);
            for (BsonDocument document :
                    records.find(AccessDocuments.bySequences(start, end)).projection(ID_AND_AT)) {
                LocalDate day = Instant.ofEpochMilli(
                                document.getDateTime(AccessDocuments.AT).getValue())
                        .atZone(LookupIndex.UK)
                        .toLocalDate();
                if (day.isBefore(from) || day.isAfter(to)) {
                    outside.add(AccessDocuments.sequence(document));
                }
            }
        }
        return outside;
    }

    /** The records with these sequence numbers that can be read, highest first. */
    List<LoggedAccess> fetch(List<Long> sequences) {
        List<LoggedAccess> found = new ArrayList<>(sequences.size());
        for (int start = 0; start < sequences.size(); start += FETCH) {
            List<Long> some = sequences.subList(start, Math.min(sequences.size(), start + FETCH));
            for (BsonDocument document :
                    records.find(AccessDocuments.bySequences(some)).batchSize(FETCH)) {
                try {
                    found.add(AccessDocuments.toRecord(document));
                } catch (AccessDocuments.Unreadable e) {
                    log.warn(
                            "Access log: record {} cannot be read; verification reports it",
                            document.get(AccessDocuments.ID));
                }
            }
        }
        found.sort(Comparator.comparingLong(LoggedAccess::sequence).reversed());
        return found;
    }

    private static long[] intersect(long[] ascending, long[] other) {
        if (ascending == null) {
            return other;
        }
        long[] both = new long[Math.min(ascending.length, other.length)];
        int count = 0;
        for (int i = 0, j = 0; i < ascending.length && j < other.length; ) {
            if (ascending[i] == other[j]) {
                both[count++] = ascending[i];
                i++;
                j++;
            } else if (ascending[i] < other[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Arrays.copyOf(both, count);
    }

    private static List<Long> descending(long[] ascending) {
        List<Long> sequences = new ArrayList<>(ascending.length);
        for (int i = ascending.length - 1; i >= 0; i--) {
            sequences.add(ascending[i]);
        }
        return sequences;
    }
}
