package uk.joinedup.caseservice.accesslog;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;

/**
 * The end of the chain: the last sequence number and its hash. The head document ({@value #HEADS},
 * {@code _id: "head"}) is moved forward after each batch once the batch's records are indexed, so it
 * may lag a crash but never runs ahead of the index; the true end is found from it by reading the
 * sequence numbers after it ({@code _id $in}), {@value #FIRST_PROBE_WINDOW} first (after a collision the
 * other instance is usually a batch ahead) and twice as many each time, up to {@value #PROBE_WINDOW},
 * until a window comes back less than full: the chain has no gaps, so its end is in that window.
 *
 * @param sequence the last sequence number (0 for an empty log)
 * @param hash its hash ({@link ChainHash#GENESIS} for an empty log)
 */
record ChainHead(long sequence, String hash) {

    static final String HEADS = "access_log_head";
    /** The largest probe, one {@code $in}: each record found is compared with every id of its list (ADR 24). */
    static final int PROBE_WINDOW = 100;

    static final int FIRST_PROBE_WINDOW = 32;
    static final ChainHead EMPTY = new ChainHead(0, ChainHash.GENESIS);

    private static final BsonDocument HEAD = new BsonDocument("_id", new BsonString("head"));
    private static final String SEQUENCE = "sequence";
    private static final String HASH = "hash";

    static MongoCollection<BsonDocument> collection(MongoDatabase database) {
        return AccessDocuments.majority(database.getCollection(HEADS, BsonDocument.class));
    }

    /** The head as the head document states it; {@link #EMPTY} if there is none. */
    static ChainHead stored(MongoCollection<BsonDocument> heads) {
        BsonDocument head = heads.find(HEAD).first();
        if (head == null) {
            return EMPTY;
        }
        return new ChainHead(
                head.get(SEQUENCE).asNumber().longValue(), head.getString(HASH).getValue());
    }

    /**
     * Moves the head document forward to this head, unless it is already there or further (another
     * instance moved it): the update matches only a head behind this one, and the upsert then collides
     * on {@code _id}, which is the answer "already further".
     */
    void save(MongoCollection<BsonDocument> heads) {
        try {
            heads.updateOne(
                    HEAD.clone().append(SEQUENCE, new BsonDocument("$lt", new BsonInt64(sequence))),
                    new BsonDocument(
                            "$set",
                            new BsonDocument(SEQUENCE, new BsonInt64(sequence)).append(HASH, new BsonString(hash))),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /**
     * The head after the records stored past this one; {@code found} receives them a window at a time,
     * in order.
     */
    ChainHead probe(MongoCollection<BsonDocument> records, Consumer<List<BsonDocument>> found) {
        ChainHead head = this;
        int size = FIRST_PROBE_WINDOW;
        boolean full = true;
        while (full) {
            long from = head.sequence + 1;
            List<BsonDocument> window = new ArrayList<>();
            records.find(AccessDocuments.bySequences(from, from + size - 1))
                    .batchSize(size)
                    .forEach(window::add);
            window.sort(Comparator.comparingLong(AccessDocuments::sequence));
            for (BsonDocument document : window) {
                String hash = AccessDocuments.hash(document);
                // A record whose hash was tampered with still ends the chain; verification reports it.
                head = new ChainHead(AccessDocuments.sequence(document), hash != null ? hash : "");
            }
            if (!window.isEmpty()) {
                found.accept(window);
            }
            full = window.size() == size;
            size = Math.min(size * 2, PROBE_WINDOW);
        }
        return head;
    }
}
