package uk.joinedup.caseservice.infrastructure.eventstore;

import static uk.joinedup.caseservice.infrastructure.eventstore.EventDocuments.ID;
import static uk.joinedup.caseservice.infrastructure.eventstore.EventDocuments.TOMBSTONE;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dense global sequence that numbers commits, allocated in this JVM by the commit writer's
 * thread. It is seeded once at start-up: a checkpoint document holds a recent position, and windows
 * of {@code _id}s after it are read with {@code $in} until a window is empty. Because a checkpoint is
 * written every {@value #CHECKPOINT_INTERVAL} positions, start-up reads a few windows however large
 * the store is. A window can only be empty before the end if that many positions in a row were lost,
 * and no more than one write ({@link CommitWriter#MAX_COMMITS_PER_WRITE} commits) is ever in flight.
 */
final class GlobalSequence {

    static final int PROBE_WINDOW = 1000;

    private static final Logger log = LoggerFactory.getLogger(GlobalSequence.class);
    static final long CHECKPOINT_INTERVAL = 1000;

    private static final BsonDocument HEAD = new BsonDocument(ID, new BsonString("head"));
    private static final String POSITION = "position";
    private static final String EVENT_POSITION = "eventPosition";
    private static final BsonDocument ID_AND_TOMBSTONE =
            new BsonDocument(ID, new BsonInt32(1)).append(TOMBSTONE, new BsonInt32(1));

    private final MongoCollection<BsonDocument> commits;
    private final MongoCollection<BsonDocument> checkpoints;
    private final AtomicLong lastEventPosition;
    private long next;
    private long lastCheckpoint;

    private GlobalSequence(
            MongoCollection<BsonDocument> commits,
            MongoCollection<BsonDocument> checkpoints,
            Probe probe,
            long lastCheckpoint) {
        this.commits = commits;
        this.checkpoints = checkpoints;
        this.next = probe.lastPosition() + 1;
        this.lastEventPosition = new AtomicLong(probe.lastEventPosition());
        this.lastCheckpoint = lastCheckpoint;
    }

    static GlobalSequence seed(MongoCollection<BsonDocument> commits, MongoCollection<BsonDocument> checkpoints) {
        BsonDocument checkpoint = checkpoints.find(HEAD).first();
        long position = checkpoint == null ? -1 : checkpoint.getInt64(POSITION).getValue();
        long eventPosition =
                checkpoint == null ? -1 : checkpoint.getInt64(EVENT_POSITION).getValue();
        return new GlobalSequence(
                commits, checkpoints, probeAfter(commits, new Probe(position, eventPosition)), position);
    }

    private static Probe probeAfter(MongoCollection<BsonDocument> commits, Probe start) {
        Probe probe = start;
        boolean found = true;
        while (found) {
            found = false;
            long from = probe.lastPosition() + 1;
            for (BsonDocument filter : ByPosition.idsIn(from, PROBE_WINDOW)) {
                for (BsonDocument commit :
                        commits.find(filter).projection(ID_AND_TOMBSTONE).batchSize(ByPosition.AT_ONCE)) {
                    found = true;
                    probe = probe.include(EventDocuments.position(commit), EventDocuments.isTombstone(commit));
                }
            }
        }
        return probe;
    }

    /** The next position; only the commit writer's thread calls this. */
    long allocate() {
        return next++;
    }

    /**
     * Someone else holds {@code position} (another instance, or a reader that gave up waiting for it):
     * continue after everything stored from there on.
     */
    void skipPast(long position) {
        Probe probe = probeAfter(commits, new Probe(Math.max(position, next - 1), lastEventPosition.get()));
        next = probe.lastPosition() + 1;
        lastEventPosition.accumulateAndGet(probe.lastEventPosition(), Math::max);
    }

    /** Records that a write is durable; every {@value #CHECKPOINT_INTERVAL} positions, checkpoints. */
    void stored(long lastPosition, long lastStoredEventPosition) {
        lastEventPosition.accumulateAndGet(lastStoredEventPosition, Math::max);
        if (lastPosition - lastCheckpoint >= CHECKPOINT_INTERVAL) {
            checkpoint(lastPosition);
        }
    }

    /** Writes the checkpoint now, on shutdown; without it start-up merely reads a few more windows. */
    void checkpoint() {
        if (next - 1 > lastCheckpoint) {
            try {
                checkpoint(next - 1);
            } catch (MongoException | IllegalStateException e) {
                log.warn("Could not write the event store checkpoint at shutdown", e);
            }
        }
    }

    private void checkpoint(long position) {
        checkpoints.updateOne(
                HEAD,
                new BsonDocument(
                        "$max",
                        new BsonDocument(POSITION, new BsonInt64(position))
                                .append(EVENT_POSITION, new BsonInt64(lastEventPosition.get()))),
                new UpdateOptions().upsert(true));
        lastCheckpoint = position;
    }

    /** The position of the newest commit with events this JVM knows of; -1 for an empty store. */
    long lastEventPosition() {
        return lastEventPosition.get();
    }

    private record Probe(long lastPosition, long lastEventPosition) {

        Probe include(long position, boolean tombstone) {
            return new Probe(
                    Math.max(lastPosition, position),
                    tombstone ? lastEventPosition : Math.max(lastEventPosition, position));
        }
    }
}
