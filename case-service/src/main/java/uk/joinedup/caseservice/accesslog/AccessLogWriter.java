package uk.joinedup.caseservice.accesslog;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bson.BsonDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.joinedup.embeddedmongo.Durability;

/**
 * Appends records to the chain on one thread: it takes every record waiting (up to {@value
 * #MAX_BATCH}), numbers and hashes them after the head, stores them with one ordered {@code
 * insertMany}, calls {@link Durability#commit()} once, and then answers the callers. Concurrent appends
 * share the cost of the commit, and because one thread computes the chain, appends in this instance
 * never fork it. Before it takes the next batch it files the records in the {@link LookupIndex} and
 * moves the head document: derived data, off the callers' path, which start-up rebuilds from the
 * records if a crash loses it.
 *
 * <p>Another instance appending to the same database takes sequence numbers this one wanted: the
 * insert collides on {@code _id} (an ordered insert stores the records before the collision and none
 * after). Whatever the error, the writer then reads forward from its head ({@link ChainHead#probe}):
 * records carrying the hash this writer computed are its own and are answered; the others belong to
 * another instance and are indexed again (harmless, and it repairs an instance that crashed between
 * storing and indexing); the rest are numbered after the new head and stored again. Every record's
 * previous hash is therefore the hash of the record stored before it, whichever instance wrote it.
 */
final class AccessLogWriter implements AutoCloseable {

    static final int MAX_BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(AccessLogWriter.class);
    private static final int MAX_ATTEMPTS = 20;
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);
    private static final InsertManyOptions ORDERED = new InsertManyOptions().ordered(true);

    private final MongoCollection<BsonDocument> records;
    private final MongoCollection<BsonDocument> heads;
    private final LookupIndex index;
    private final Durability durability;
    private final BlockingQueue<PendingAppend> queue = new LinkedBlockingQueue<>();
    private final List<LoggedAccess> unindexed = new ArrayList<>();
    private final Thread thread;
    private volatile boolean closed;

    /** The last record known to be stored; only the writer thread changes it after start-up. */
    private volatile ChainHead head;

    /** Whether an error left it unknown what was stored after {@link #head}. */
    private boolean uncertain;

    /** The last sequence number indexed (with everything before it); guarded by {@code this}. */
    private long indexedThrough;

    AccessLogWriter(
            MongoCollection<BsonDocument> records,
            MongoCollection<BsonDocument> heads,
            LookupIndex index,
            Durability durability) {
        this.records = records;
        this.heads = heads;
        this.index = index;
        this.durability = durability;
        this.head = recover();
        this.thread = new Thread(this::run, "access-log-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Finds the end of the chain from the head document, indexes what lies beyond it (the head lags
     * the records by at most the batch a crash interrupted) and moves the head document there.
     */
    private ChainHead recover() {
        ChainHead stored = ChainHead.stored(heads);
        ChainHead recovered = stored.probe(records, this::foreign);
        if (recovered.sequence() > stored.sequence()) {
            log.info(
                    "Access log: the head document said {}, the chain goes on to {}; indexed the records after it",
                    stored.sequence(),
                    recovered.sequence());
        }
        index.add(unindexed);
        unindexed.clear();
        recovered.save(heads);
        durability.commit();
        indexedThrough = recovered.sequence();
        return recovered;
    }

    /** Queues the record; the caller waits on the returned append. */
    PendingAppend append(LoggedAccess record) {
        PendingAppend pending = new PendingAppend(record);
        if (closed) {
            pending.failed(new IllegalStateException("The access log is shut down"));
            return pending;
        }
        queue.add(pending);
        return pending;
    }

    /** The last record this instance knows to be stored. */
    ChainHead head() {
        return head;
    }

    private void run() {
        List<PendingAppend> batch = new ArrayList<>(MAX_BATCH);
        while (!closed || !queue.isEmpty()) {
            PendingAppend first = poll();
            if (first == null) {
                continue;
            }
            batch.add(first);
            queue.drainTo(batch, MAX_BATCH - 1);
            try {
                write(batch);
            } catch (RuntimeException e) {
                log.error("Access log: failed to store {} records", batch.size(), e);
                batch.forEach(pending -> pending.failed(e));
            }
            batch.clear();
        }
    }

    private PendingAppend poll() {
        try {
            return queue.poll(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void write(List<PendingAppend> batch) {
        Map<PendingAppend, LoggedAccess> stored = new IdentityHashMap<>();
        List<PendingAppend> pending = new ArrayList<>(batch);
        RuntimeException failure = null;
        for (int attempt = 1; !pending.isEmpty() && attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                if (uncertain) {
                    head = head.probe(records, this::foreign);
                    uncertain = false;
                }
                pending = store(pending, stored);
            } catch (MongoException e) {
                // The store is failing, not merely taken by another instance: answer now rather than
                // keep the views waiting, and find out what was stored before the next batch.
                failure = e;
                uncertain = true;
                pending.removeIf(stored::containsKey);
                break;
            }
        }
        if (!pending.isEmpty()) {
            AccessLogUnavailable notStored = new AccessLogUnavailable(
                    failure != null
                            ? "The access log could not store the record"
                            : "Other instances took every sequence number for " + MAX_ATTEMPTS + " attempts",
                    failure);
            pending.forEach(append -> append.failed(notStored));
        }
        if (!stored.isEmpty()) {
            durability.commit();
            stored.forEach(PendingAppend::stored);
        }
        if (!unindexed.isEmpty()) {
            indexAndMoveHead();
        }
    }

    /**
     * Numbers the records after the head and inserts them; returns those still to store. After an
     * error, reads forward from the head to find out which were stored.
     */
    private List<PendingAppend> store(List<PendingAppend> pending, Map<PendingAppend, LoggedAccess> stored) {
        List<LoggedAccess> chained = new ArrayList<>(pending.size());
        List<BsonDocument> documents = new ArrayList<>(pending.size());
        ChainHead next = head;
        for (PendingAppend append : pending) {
            LoggedAccess record = append.record().chainedAt(next.sequence() + 1, next.hash());
            chained.add(record);
            documents.add(AccessDocuments.toDocument(record));
            next = new ChainHead(record.sequence(), record.hash());
        }
        try {
            records.insertMany(documents, ORDERED);
        } catch (MongoException e) {
            return afterFailedInsert(pending, chained, stored, e);
        }
        for (int i = 0; i < pending.size(); i++) {
            stored.put(pending.get(i), chained.get(i));
        }
        unindexed.addAll(chained);
        head = next;
        return List.of();
    }

    private List<PendingAppend> afterFailedInsert(
            List<PendingAppend> pending,
            List<LoggedAccess> chained,
            Map<PendingAppend, LoggedAccess> stored,
            MongoException failure) {
        Map<Long, Integer> bySequence = new HashMap<>();
        for (int i = 0; i < chained.size(); i++) {
            bySequence.put(chained.get(i).sequence(), i);
        }
        boolean[] mine = new boolean[chained.size()];
        head = head.probe(records, window -> {
            for (BsonDocument document : window) {
                Integer i = bySequence.get(AccessDocuments.sequence(document));
                if (i != null && chained.get(i).hash().equals(AccessDocuments.hash(document))) {
                    mine[i] = true;
                    stored.put(pending.get(i), chained.get(i));
                    unindexed.add(chained.get(i));
                } else {
                    foreign(List.of(document));
                }
            }
        });
        List<PendingAppend> remaining = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            if (!mine[i]) {
                remaining.add(pending.get(i));
            }
        }
        log.debug(
                "Access log: {} of {} records collided ({}); storing them after {}",
                remaining.size(),
                pending.size(),
                failure.getCode(),
                head.sequence());
        return remaining;
    }

    /** Records another instance stored (or that this one cannot vouch for): indexed, never answered. */
    private void foreign(List<BsonDocument> documents) {
        for (BsonDocument document : documents) {
            try {
                unindexed.add(AccessDocuments.toRecord(document));
            } catch (AccessDocuments.Unreadable e) {
                log.warn(
                        "Access log: record {} cannot be read; verification will report it",
                        document.get(AccessDocuments.ID));
            }
        }
    }

    /**
     * Files what is not yet indexed and moves the head document, which the next batch's commit (or the
     * store's own, within a second) makes durable; on failure both are left for the next batch, and
     * start-up indexes whatever lies past the head document.
     */
    private void indexAndMoveHead() {
        try {
            index.add(unindexed);
            unindexed.clear();
            head.save(heads);
            indexed(head.sequence());
        } catch (MongoException e) {
            log.warn("Access log: could not index {} records; trying again with the next append", unindexed.size(), e);
        }
    }

    private synchronized void indexed(long sequence) {
        indexedThrough = Math.max(indexedThrough, sequence);
        notifyAll();
    }

    /**
     * Waits until every record this instance has stored so far is indexed, or the timeout passes;
     * returns whether it is.
     */
    synchronized boolean awaitIndexed(Duration timeout) {
        long target = head.sequence();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (indexedThrough < target) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Stores whatever is queued, then stops the thread (waiting at most {@link #CLOSE_TIMEOUT}). */
    @Override
    public void close() {
        closed = true;
        try {
            thread.join(CLOSE_TIMEOUT.toMillis());
            durability.commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Access log: could not commit the index at shutdown; start-up will index again", e);
        }
        PendingAppend unwritten;
        while ((unwritten = queue.poll()) != null) {
            unwritten.failed(new IllegalStateException("The access log shut down before the record was stored"));
        }
    }
}
