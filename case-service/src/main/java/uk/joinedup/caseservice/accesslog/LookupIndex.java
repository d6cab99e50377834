package uk.joinedup.caseservice.accesslog;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * What information-governance officers filter by, as small documents in {@value #INDEX} keyed by the
 * value filtered on, because the embedded store answers nothing but {@code _id} lookups quickly:
 *
 * <ul>
 *   <li>{@code day:2026-12-02 → {first, last}}: the lowest and highest sequence number of the records
 *       of that UK day; sequence order is the order of appending, which is time order but for the few
 *       milliseconds between a view and its append, so days overlap at most at their edges;
 *   <li>{@code person:<id>:2026-12 → {sequences}} for each person the view showed, by UK month (a
 *       person's record is looked at tens of times a month);
 *   <li>{@code user:<id>:2026-12-02 → {sequences}} by UK day (a practitioner's views of a day);
 *   <li>{@code agency:<id>:<block> → {sequences}} by block of {@value #BLOCK} sequence numbers: an
 *       agency's views of a day or a month are unbounded (thousands), and the writer rewrites a bucket on
 *       every append, at a cost that grows with its size (about 1 ms per 1,000 entries on the embedded
 *       store). A period's blocks follow from its sequence numbers, which the day documents give.
 * </ul>
 *
 * Every update is an idempotent upsert ({@code $addToSet}, {@code $min}, {@code $max}), so indexing a
 * record twice, from two instances or after a crash, does no harm.
 */
final class LookupIndex {

    static final String INDEX = "access_log_index";
    static final ZoneId UK = ZoneId.of("Europe/London");
    static final int BLOCK = 500;
    /** Ids per {@code $in}: the embedded server compares each document found with every id of its list (ADR 24). */
    static final int MAX_IN = 100;

    private static final String SEQUENCES = "sequences";
    private static final String FIRST = "first";
    private static final String LAST = "last";
    private static final int DUPLICATE_KEY = 11000;
    private static final int ATTEMPTS = 5;
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<BsonDocument> index;

    LookupIndex(MongoCollection<BsonDocument> index) {
        this.index = index;
    }

    static MongoCollection<BsonDocument> collection(MongoDatabase database) {
        return AccessDocuments.majority(database.getCollection(INDEX, BsonDocument.class));
    }

    /** Files the records under their day, people, user and agency. */
    void add(Collection<LoggedAccess> records) {
        if (records.isEmpty()) {
            return;
        }
        Map<String, long[]> days = new TreeMap<>();
        Map<String, List<Long>> buckets = new TreeMap<>();
        for (LoggedAccess record : records) {
            LocalDate day = ukDate(record);
            long sequence = record.sequence();
            days.merge(day(day), new long[] {sequence, sequence}, (a, b) ->
                    new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            record.personIds().forEach(person -> file(buckets, person(person, YearMonth.from(day)), sequence));
            file(buckets, user(record.userId(), day), sequence);
            file(buckets, agency(record.agency(), block(sequence)), sequence);
        }
        List<WriteModel<BsonDocument>> updates = new ArrayList<>();
        days.forEach((id, range) -> updates.add(new UpdateOneModel<>(
                byId(id),
                new BsonDocument("$min", new BsonDocument(FIRST, new BsonInt64(range[0])))
                        .append("$max", new BsonDocument(LAST, new BsonInt64(range[1]))),
                UPSERT)));
        buckets.forEach((id, sequences) -> {
            BsonArray each = new BsonArray(sequences.size());
            sequences.forEach(sequence -> each.add(new BsonInt64(sequence)));
            updates.add(new UpdateOneModel<>(
                    byId(id),
                    new BsonDocument("$addToSet", new BsonDocument(SEQUENCES, new BsonDocument("$each", each))),
                    UPSERT));
        });
        write(updates);
    }

    /**
     * Runs the updates; two writers creating the same document at once leave one of them with a
     * duplicate key, and only those updates run again (they then find the document).
     */
    private void write(List<WriteModel<BsonDocument>> updates) {
        List<WriteModel<BsonDocument>> pending = updates;
        for (int attempt = 1; ; attempt++) {
            try {
                index.bulkWrite(pending, new BulkWriteOptions().ordered(false));
                return;
            } catch (MongoBulkWriteException e) {
                List<WriteModel<BsonDocument>> again = new ArrayList<>();
                for (BulkWriteError error : e.getWriteErrors()) {
                    if (error.getCode() != DUPLICATE_KEY || attempt >= ATTEMPTS) {
                        throw e;
                    }
                    again.add(pending.get(error.getIndex()));
                }
                pending = again;
            }
        }
    }

    /** The sequence ranges of these days, by day, for the days that have records. */
    Map<LocalDate, long[]> days(LocalDate from, LocalDate to) {
        List<String> ids = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            ids.add(day(day));
        }
        Map<LocalDate, long[]> ranges = new TreeMap<>();
        for (BsonDocument found : index.find(byIds(ids))) {
            String id = found.getString("_id").getValue();
            ranges.put(LocalDate.parse(id.substring("day:".length())), new long[] {
                found.get(FIRST).asNumber().longValue(),
                found.get(LAST).asNumber().longValue()
            });
        }
        return ranges;
    }

    /** The sequence numbers filed under the person in the months from {@code from} to {@code to}. */
    long[] person(String personId, LocalDate from, LocalDate to) {
        return sequences(
                months(from, to).stream().map(month -> person(personId, month)).toList());
    }

    /** The sequence numbers filed under the user on the days from {@code from} to {@code to}. */
    long[] user(String userId, LocalDate from, LocalDate to) {
        List<String> ids = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            ids.add(user(userId, day));
        }
        return sequences(ids);
    }

    /** The sequence numbers filed under the agency in the blocks from {@code first} to {@code last}. */
    long[] agency(String agencyId, long first, long last) {
        List<String> ids = new ArrayList<>();
        for (long block = block(first); block <= block(last); block++) {
            ids.add(agency(agencyId, block));
        }
        return sequences(ids);
    }

    /** The distinct sequence numbers in the documents with these ids, ascending. */
    private long[] sequences(List<String> ids) {
        List<long[]> found = new ArrayList<>();
        int count = 0;
        List<BsonDocument> buckets = new ArrayList<>();
        for (int start = 0; start < ids.size(); start += MAX_IN) {
            index.find(byIds(ids.subList(start, Math.min(ids.size(), start + MAX_IN))))
                    .batchSize(MAX_IN)
                    .forEach(buckets::add);
        }
        for (BsonDocument bucket : buckets) {
            BsonArray sequences = bucket.getArray(SEQUENCES, new BsonArray());
            long[] values = new long[sequences.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = sequences.get(i).asNumber().longValue();
            }
            found.add(values);
            count += values.length;
        }
        long[] all = new long[count];
        int at = 0;
        for (long[] values : found) {
            System.arraycopy(values, 0, all, at, values.length);
            at += values.length;
        }
        return Arrays.stream(all).sorted().distinct().toArray();
    }

    static LocalDate ukDate(LoggedAccess record) {
        return record.at().atZone(UK).toLocalDate();
    }

    private static List<YearMonth> months(LocalDate from, LocalDate to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    private static void file(Map<String, List<Long>> buckets, String id, long sequence) {
        buckets.computeIfAbsent(id, any -> new ArrayList<>()).add(sequence);
    }

    static String day(LocalDate day) {
        return "day:" + day;
    }

    static String person(String personId, YearMonth month) {
        return "person:" + personId + ":" + month;
    }

    static String user(String userId, LocalDate day) {
        return "user:" + userId + ":" + day;
    }

    static String agency(String agencyId, long block) {
        return "agency:" + agencyId + ":" + block;
    }

    /** The block of {@value #BLOCK} sequence numbers a record's agency files it in: 1-500 is block 0. */
    static long block(long sequence) {
        return (sequence - 1) / BLOCK;
    }

    private static BsonDocument byId(String id) {
        return new BsonDocument("_id", new BsonString(id));
    }

    private static BsonDocument byIds(List<String> ids) {
        List<BsonValue> values = new ArrayList<>(ids.size());
        ids.forEach(id -> values.add(new BsonString(id)));
        return new BsonDocument("_id", new BsonDocument("$in", new BsonArray(values)));
    }
}
