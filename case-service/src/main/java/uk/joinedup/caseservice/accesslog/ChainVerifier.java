package uk.joinedup.caseservice.accesslog;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.accesslog.ChainVerification.BrokenLink;
import uk.joinedup.caseservice.accesslog.ChainVerification.Problem;

/**
 * Walks the chain in order, {@value #WINDOW} records per {@code _id $in}, recomputes each record's
 * hash from its content and the previous hash it carries, checks that the previous hash is the hash of
 * the record before, and reports the first link that breaks. A search's text must match the digest the hash
 * covers, unless an erasure redacted it ({@link ChainHash#searchProblem}). A long log can be verified in parts
 * ({@code from}, {@code to}): a part starts from the hash stored in the record before it, so parts
 * that meet check the whole chain. Progress is logged every {@value #PROGRESS_EVERY} records.
 */
@Component
public class ChainVerifier {

    /** Records read per {@code $in}: the embedded server compares each found with every id of its list (ADR 24). */
    static final int WINDOW = 100;

    static final int PROGRESS_EVERY = 100_000;

    private static final Logger log = LoggerFactory.getLogger(ChainVerifier.class);
    private static final BsonDocument ONLY_ID = new BsonDocument(AccessDocuments.ID, new BsonInt32(1));

    private final MongoCollection<BsonDocument> records;
    private final MongoCollection<BsonDocument> heads;
    private final AccessLog accessLog;

    ChainVerifier(MongoDatabase database, AccessLog accessLog) {
        this.records = AccessDocuments.records(database);
        this.heads = ChainHead.collection(database);
        this.accessLog = accessLog;
    }

    /** Verifies the whole chain. */
    public ChainVerification verify() {
        return verify(1, Long.MAX_VALUE);
    }

    /** Verifies the records from {@code from} to {@code to} (or the end of the chain, if sooner). */
    public ChainVerification verify(long from, long to) {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("Sequence numbers start at 1, and a part ends after it starts");
        }
        // This instance's last batch has moved the head document, so the head checked is current.
        accessLog.awaitIndexed(Duration.ofSeconds(2));
        return new Walk(from, to).run();
    }

    private final class Walk {

        private final long started = System.nanoTime();
        private final long from;
        private final long to;
        private final ChainHead claimed;
        private long checked;
        private long through;

        private Walk(long from, long to) {
            this.from = from;
            this.to = to;
            this.claimed = ChainHead.stored(heads);
            this.through = from - 1;
        }

        ChainVerification run() {
            // The head document may lag the chain by the batch a crash interrupted: walk to the real end.
            long chainEnd = Math.max(
                    claimed.sequence(), claimed.probe(records, window -> {}).sequence());
            long end = Math.min(to, chainEnd);
            String previous = previousHash();
            if (previous == null) {
                return broken(new BrokenLink(
                        from - 1,
                        Problem.RECORD_MISSING,
                        "Record " + (from - 1) + ", which the part starting at " + from + " follows, is missing"));
            }
            String hashAtHead = null;
            long firstMissing = -1;
            for (long window = from; window <= end; window += WINDOW) {
                long last = Math.min(end, window + WINDOW - 1);
                Map<Long, BsonDocument> found = new HashMap<>();
                records.find(AccessDocuments.bySequences(window, last))
                        .batchSize(WINDOW)
                        .forEach(document -> found.put(AccessDocuments.sequence(document), document));
                for (long sequence = window; sequence <= last; sequence++) {
                    BsonDocument document = found.get(sequence);
                    if (document == null) {
                        firstMissing = firstMissing < 0 ? sequence : firstMissing;
                        continue;
                    }
                    if (firstMissing >= 0) {
                        return broken(new BrokenLink(
                                firstMissing,
                                Problem.RECORD_MISSING,
                                missing(firstMissing, sequence - 1) + ", and record " + sequence + " is present"));
                    }
                    BrokenLink broken = check(sequence, document, previous);
                    if (broken != null) {
                        return broken(broken);
                    }
                    previous = AccessDocuments.hash(document);
                    if (sequence == claimed.sequence()) {
                        hashAtHead = previous;
                    }
                    checked++;
                    through = sequence;
                    if (checked % PROGRESS_EVERY == 0) {
                        log.info(
                                "Access log verification: {} records intact through {} of {} ({} ms)",
                                checked,
                                through,
                                end,
                                elapsedMillis());
                    }
                }
            }
            if (firstMissing >= 0 && end < chainEnd && anyPresent(end + 1, chainEnd)) {
                return broken(new BrokenLink(
                        firstMissing,
                        Problem.RECORD_MISSING,
                        missing(firstMissing, end) + ", and records after it are present"));
            }
            if (firstMissing >= 0) {
                return broken(new BrokenLink(
                        firstMissing,
                        Problem.CHAIN_SHORTER_THAN_HEAD,
                        "The head document says the log goes on to record " + claimed.sequence()
                                + ", but the chain ends at record " + (firstMissing - 1) + ": "
                                + missing(firstMissing, end)));
            }
            if (hashAtHead != null && !hashAtHead.equals(claimed.hash())) {
                return broken(new BrokenLink(
                        claimed.sequence(),
                        Problem.HEAD_MISMATCH,
                        "The head document holds hash " + claimed.hash() + " for record " + claimed.sequence()
                                + ", which carries " + hashAtHead));
            }
            return result(null);
        }

        /** Whether any record from {@code first} to {@code last} is stored. */
        private boolean anyPresent(long first, long last) {
            for (long window = first; window <= last; window += WINDOW) {
                long windowEnd = Math.min(last, window + WINDOW - 1);
                if (records.find(AccessDocuments.bySequences(window, windowEnd))
                                .projection(ONLY_ID)
                                .first()
                        != null) {
                    return true;
                }
            }
            return false;
        }

        /** The hash the first record checked must follow; null if the record before it is missing. */
        private String previousHash() {
            if (from == 1) {
                return ChainHash.GENESIS;
            }
            BsonDocument before = records.find(AccessDocuments.bySequences(from - 1, from - 1))
                    .first();
            return before == null ? null : AccessDocuments.hash(before);
        }

        private BrokenLink check(long sequence, BsonDocument document, String previous) {
            LoggedAccess record;
            try {
                record = AccessDocuments.toRecord(document);
            } catch (AccessDocuments.Unreadable e) {
                return new BrokenLink(sequence, Problem.CONTENT_CHANGED, e.getMessage());
            }
            String recomputed = ChainHash.of(record);
            if (!recomputed.equals(record.hash())) {
                return new BrokenLink(
                        sequence,
                        Problem.CONTENT_CHANGED,
                        "Record " + sequence + " carries hash " + record.hash() + ", but its content hashes to "
                                + recomputed);
            }
            String searchProblem = ChainHash.searchProblem(record);
            if (searchProblem != null) {
                return new BrokenLink(sequence, Problem.CONTENT_CHANGED, searchProblem);
            }
            if (!record.previousHash().equals(previous)) {
                return new BrokenLink(
                        sequence,
                        Problem.PREVIOUS_HASH_MISMATCH,
                        "Record " + sequence + " carries previous hash " + record.previousHash() + ", but record "
                                + (sequence - 1) + "'s hash is " + previous + ": one of them was replaced");
            }
            return null;
        }

        private static String missing(long first, long last) {
            return first == last
                    ? "record " + first + " is missing"
                    : "records " + first + " to " + last + " are missing";
        }

        private ChainVerification broken(BrokenLink link) {
            log.warn("Access log verification: the chain breaks at record {}: {}", link.sequence(), link.problem());
            return result(link);
        }

        private ChainVerification result(BrokenLink broken) {
            return new ChainVerification(
                    broken == null,
                    from,
                    through,
                    checked,
                    claimed.sequence(),
                    claimed.hash(),
                    elapsedMillis(),
                    broken);
        }

        private long elapsedMillis() {
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        }
    }
}
