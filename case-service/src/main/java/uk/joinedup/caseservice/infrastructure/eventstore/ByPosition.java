package uk.joinedup.caseservice.infrastructure.eventstore;

import static uk.joinedup.caseservice.infrastructure.eventstore.EventDocuments.ID;

import java.util.Collection;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt64;

/** Filters that read commits by position: always an {@code _id $in} list, never a range. */
final class ByPosition {

    private ByPosition() {}

    /** {@code {_id: {$in: [from, from + 1, ..., from + size - 1]}}} */
    static BsonDocument idsIn(long from, int size) {
        BsonArray ids = new BsonArray(size);
        for (long position = from; position < from + size; position++) {
            ids.add(new BsonInt64(position));
        }
        return new BsonDocument(ID, new BsonDocument("$in", ids));
    }

    /** {@code {_id: {$in: positions}}} */
    static BsonDocument idsIn(Collection<Long> positions) {
        BsonArray ids = new BsonArray(positions.size());
        positions.forEach(position -> ids.add(new BsonInt64(position)));
        return new BsonDocument(ID, new BsonDocument("$in", ids));
    }
}
