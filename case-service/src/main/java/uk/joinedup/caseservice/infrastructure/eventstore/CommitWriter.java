package uk.joinedup.caseservice.infrastructure.eventstore;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.bson.BsonDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.joinedup.embeddedmongo.Durability;

/**
 * Stores commits, one document each, on a single thread that groups whatever commits are waiting into
 * one unordered {@code insertMany} and one {@link Durability#commit()}: concurrent appends share the
 * cost of making writes durable, and positions are handed out in the order they are written.
 *
 * <p>A document that cannot be stored is sorted out before anyone is answered: if its position is
 * taken by someone else it is retried at a new position; if a stream key is taken the append is a
 * concurrency conflict; either way a position left empty is filled with a tombstone, so readers never
 * wait for it.
 */
final class CommitWriter implements AutoCloseable {

    static final int MAX_COMMITS_PER_WRITE = 100;

    private static final Logger log = LoggerFactory.getLogger(CommitWriter.class);
    private static final int MAX_ATTEMPTS = 10;
    private static final int DUPLICATE_KEY = 11000;
    private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);

    private final MongoCollection<BsonDocument> commits;
    private final GlobalSequence sequence;
    private final Tombstones tombstones;
    private final Durability durability;
    private final CommitSignal commitsStored;
    private final BlockingQueue<PendingCommit> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;

    CommitWriter(
            MongoCollection<BsonDocument> commits,
            GlobalSequence sequence,
            Tombstones tombstones,
            Durability durability,
            CommitSignal commitsStored) {
        this.commits = commits;
        this.sequence = sequence;
        this.tombstones = tombstones;
        this.durability = durability;
        this.commitsStored = commitsStored;
        this.thread = new Thread(this::run, "event-store-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stores the commit and returns once it is durable; throws if it is not stored. */
    void write(PendingCommit commit) {
        if (closed) {
            throw new EventStoreException("The event store is shut down");
        }
        queue.add(commit);
        commit.awaitStored();
    }

    private void run() {
        List<PendingCommit> batch = new ArrayList<>(MAX_COMMITS_PER_WRITE);
        while (!closed || !queue.isEmpty()) {
            PendingCommit first = poll();
            if (first == null) {
                continue;
            }
            batch.add(first);
            queue.drainTo(batch, MAX_COMMITS_PER_WRITE - 1);
            try {
                writeWithRetries(batch);
            } catch (RuntimeException e) {
                log.error("Failed to store {} commits", batch.size(), e);
                batch.forEach(commit -> commit.failed(e));
            }
            batch.clear();
        }
    }

    private PendingCommit poll() {
        try {
            return queue.poll(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void writeWithRetries(List<PendingCommit> batch) {
        List<PendingCommit> pending = batch;
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            if (attempt > MAX_ATTEMPTS) {
                EventStoreException noPosition =
                        new EventStoreException("No free position after " + MAX_ATTEMPTS + " attempts");
                pending.forEach(commit -> commit.failed(noPosition));
                return;
            }
            pending = writeOnce(pending);
        }
    }

    /** Writes the commits and answers each; returns those whose position turned out to be taken. */
    private List<PendingCommit> writeOnce(List<PendingCommit> batch) {
        Map<Long, PendingCommit> byPosition = new LinkedHashMap<>();
        List<BsonDocument> documents = new ArrayList<>(batch.size());
        for (PendingCommit commit : batch) {
            long position = sequence.allocate();
            byPosition.put(position, commit);
            documents.add(commit.document(position));
        }
        Map<Long, InsertFailure> failures = insert(documents);

        Map<Long, PendingCommit> stored = new LinkedHashMap<>(byPosition);
        stored.keySet().removeAll(failures.keySet());
        List<PendingCommit> sequenceTaken = new ArrayList<>();
        Map<PendingCommit, RuntimeException> failed = new HashMap<>();
        List<PendingCommit> positionTaken = new ArrayList<>();
        long lastPositionTaken = -1;
        for (Map.Entry<Long, InsertFailure> failure : failures.entrySet()) {
            long position = failure.getKey();
            PendingCommit commit = byPosition.get(position);
            switch (resolve(position, commit, failure.getValue())) {
                case STORED -> stored.put(position, commit);
                case SEQUENCE_TAKEN -> sequenceTaken.add(commit);
                case POSITION_TAKEN -> {
                    positionTaken.add(commit);
                    lastPositionTaken = Math.max(lastPositionTaken, position);
                }
                case FAILED -> failed.put(commit, failure.getValue().cause());
            }
        }

        durability.commit();
        long lastPosition =
                byPosition.keySet().stream().mapToLong(Long::longValue).max().orElse(-1);
        long lastEventPosition =
                stored.keySet().stream().mapToLong(Long::longValue).max().orElse(-1);
        sequence.stored(lastPosition, lastEventPosition);
        stored.values().forEach(PendingCommit::stored);
        if (!stored.isEmpty()) {
            commitsStored.raise();
        }
        sequenceTaken.forEach(PendingCommit::sequenceTaken);
        failed.forEach(PendingCommit::failed);
        if (lastPositionTaken >= 0) {
            sequence.skipPast(lastPositionTaken);
        }
        return positionTaken;
    }

    /** Inserts the documents; returns the positions that failed, with why. */
    private Map<Long, InsertFailure> insert(List<BsonDocument> documents) {
        Map<Long, InsertFailure> failures = new LinkedHashMap<>();
        try {
            commits.insertMany(documents, UNORDERED);
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                failures.put(
                        EventDocuments.position(documents.get(error.getIndex())),
                        new InsertFailure(error.getCode() == DUPLICATE_KEY, e));
            }
        } catch (MongoException e) {
            documents.forEach(document -> failures.put(EventDocuments.position(document), new InsertFailure(false, e)));
        }
        return failures;
    }

    private record InsertFailure(boolean duplicateKey, RuntimeException cause) {}

    private enum Resolution {
        STORED,
        SEQUENCE_TAKEN,
        POSITION_TAKEN,
        FAILED
    }

    /**
     * Finds out what became of a commit whose insert reported an error: whatever is at its position
     * decides, and an empty position is filled with a tombstone first so that the answer cannot change.
     */
    private Resolution resolve(long position, PendingCommit commit, InsertFailure failure) {
        try {
            BsonDocument found = tombstones.fill(position, "append-failed");
            if (found == null) {
                return failure.duplicateKey() ? Resolution.SEQUENCE_TAKEN : Resolution.FAILED;
            }
            return commit.isStoredAs(found) ? Resolution.STORED : Resolution.POSITION_TAKEN;
        } catch (MongoException e) {
            log.error("Cannot tell whether the commit at position {} was stored", position, e);
            return Resolution.FAILED;
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        PendingCommit unwritten;
        while ((unwritten = queue.poll()) != null) {
            unwritten.failed(new EventStoreException("The event store shut down before the commit was stored"));
        }
        sequence.checkpoint();
    }
}
