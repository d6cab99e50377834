package uk.joinedup.caseservice.infrastructure.eventstore;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import org.bson.BsonDocument;
import org.bson.BsonInt64;

/**
 * Fills positions that will never hold events, so that no reader waits for them: positions whose
 * append failed, and gaps a reader gave up on. A tombstone and a late commit race for the same
 * {@code _id}; the unique index lets exactly one win, and a writer that loses retries elsewhere.
 */
final class Tombstones {

    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<BsonDocument> commits;

    Tombstones(MongoCollection<BsonDocument> commits) {
        this.commits = commits;
    }

    /**
     * Puts a tombstone at {@code position} unless something is there already.
     *
     * @return {@code null} if the tombstone went in, otherwise the document that holds the position
     */
    BsonDocument fill(long position, String reason) {
        try {
            commits.insertOne(EventDocuments.tombstone(position, reason));
            return null;
        } catch (MongoWriteException e) {
            if (e.getError().getCode() != DUPLICATE_KEY) {
                throw e;
            }
            BsonDocument holder = commits.find(new BsonDocument(EventDocuments.ID, new BsonInt64(position)))
                    .first();
            if (holder == null) {
                throw new IllegalStateException("Position " + position + " is reported taken but holds nothing", e);
            }
            return holder;
        }
    }
}
