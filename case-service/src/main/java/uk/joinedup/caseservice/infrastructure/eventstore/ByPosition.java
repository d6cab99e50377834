package uk.joinedup.caseservice.infrastructure.eventstore;

import static uk.joinedup.caseservice.infrastructure.eventstore.EventDocuments.ID;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonValue;

/**
 * Filters that read commits by position: always {@code _id $in} lists, never a range, of at most {@value
 * #AT_ONCE} ids each: the embedded server compares every document it finds with every id of its list, so one
 * list of n ids costs n² comparisons (ADR 24).
 */
final class ByPosition {

    /** Ids in one {@code $in}. */
    static final int AT_ONCE = 100;

    private ByPosition() {}

    /** {@code {_id: {$in: [...]}}} for {@code from} to {@code from + size - 1}, in lists of {@value #AT_ONCE}. */
    static List<BsonDocument> idsIn(long from, int size) {
        List<Long> positions = new ArrayList<>(size);
        for (long position = from; position < from + size; position++) {
            positions.add(position);
        }
        return idsIn(positions);
    }

    /** {@code {_id: {$in: positions}}}, in lists of {@value #AT_ONCE}. */
    static List<BsonDocument> idsIn(Collection<Long> positions) {
        List<BsonValue> ids = new ArrayList<>(positions.size());
        positions.forEach(position -> ids.add(new BsonInt64(position)));
        return in(ID, ids);
    }

    /** {@code {field: {$in: values}}}, in lists of {@value #AT_ONCE}. */
    static List<BsonDocument> in(String field, List<BsonValue> values) {
        List<BsonDocument> filters = new ArrayList<>();
        for (int start = 0; start < values.size(); start += AT_ONCE) {
            filters.add(new BsonDocument(
                    field,
                    new BsonDocument(
                            "$in", new BsonArray(values.subList(start, Math.min(values.size(), start + AT_ONCE))))));
        }
        return filters;
    }
}
