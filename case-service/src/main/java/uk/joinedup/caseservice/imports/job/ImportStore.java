package uk.joinedup.caseservice.imports.job;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.bson.Document;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.imports.extracts.ExtractRow;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;

/**
 * Where imports keep their work, every document fetched by its id: the job; its file's rows and the dry run's
 * rows in parts of {@value #ROWS_A_CHUNK} (a document is rewritten whole when it changes, so each part is
 * written once by each phase); each part's results; the review decisions (one document per row, inserted
 * once, so two people deciding the same row cannot both succeed); the ledger of rows imported, by fact id, and
 * the fact ids of each person's entries; and the lists of an agency's imports and of the imports running.
 *
 * <p>The staging (the dry run's rows, their results, the rows to review and the decisions) is working data: the
 * events are the record. It is deleted some time after an import finishes ({@link #forgetStaging}), and an
 * erased person is forgotten in whatever staging is kept ({@link #forgetPerson}).
 */
@Component
class ImportStore {

    static final int ROWS_A_CHUNK = 250;

    private static final String RUNNING = "running";

    private final DocumentCollection<ImportJob> jobs;
    private final DocumentCollection<FileChunk> files;
    private final DocumentCollection<StagedChunk> staged;
    private final DocumentCollection<ResultChunk> results;
    private final DocumentCollection<ReviewDecision> decisions;
    private final DocumentCollection<LedgerEntry> ledger;
    private final DocumentCollection<IdList> lists;
    private final DocumentCollection<ReviewList> reviews;
    private final DocumentCollection<IdList> starts;
    private final DocumentCollection<IdList> ledgerPeople;
    private final MongoCollection<Document> jobIds;

    ImportStore(MongoDocuments documents, MongoDatabase database) {
        this.jobs = documents.collection("import_jobs", ImportJob.class);
        this.files = documents.collection("import_files", FileChunk.class);
        this.staged = documents.collection("import_rows", StagedChunk.class);
        this.results = documents.collection("import_results", ResultChunk.class);
        this.decisions = documents.collection("import_decisions", ReviewDecision.class);
        this.ledger = documents.collection("import_ledger", LedgerEntry.class);
        this.lists = documents.collection("import_lists", IdList.class);
        this.reviews = documents.collection("import_reviews", ReviewList.class);
        this.starts = documents.collection("import_starts", IdList.class);
        this.ledgerPeople = documents.collection("import_ledger_people", IdList.class);
        this.jobIds = database.getCollection("import_jobs");
    }

    /** Keeps a new job and its file's rows, the rows first: a job is never without its rows. */
    void create(ImportJob job, List<ExtractRow> rows) {
        for (int chunk = 0; chunk < job.chunks(); chunk++) {
            int from = chunk * ROWS_A_CHUNK;
            files.save(
                    chunkId(job.importId(), chunk),
                    new FileChunk(
                            chunkId(job.importId(), chunk),
                            rows.subList(from, Math.min(rows.size(), from + ROWS_A_CHUNK))));
        }
        jobs.save(job.importId(), job);
        lists.addToSet(agencyList(job.agencyId()), "ids", job.importId());
        lists.addToSet(RUNNING, "ids", job.importId());
    }

    static int chunksFor(int rows) {
        return (rows + ROWS_A_CHUNK - 1) / ROWS_A_CHUNK;
    }

    Optional<ImportJob> job(String importId) {
        return jobs.find(importId);
    }

    void save(ImportJob job) {
        jobs.save(job.importId(), job);
    }

    /** The agency's imports, newest first. */
    List<ImportJob> jobsOf(String agencyId) {
        List<String> ids = lists.find(agencyList(agencyId)).map(IdList::ids).orElse(List.of());
        List<ImportJob> found = new ArrayList<>(jobs.findAll(ids));
        found.sort((a, b) -> b.uploadedAt().compareTo(a.uploadedAt()));
        return found;
    }

    List<ImportJob> running() {
        return jobs.findAll(lists.find(RUNNING).map(IdList::ids).orElse(List.of()));
    }

    /** The import after its dry run is started: true for the one request that started it. */
    boolean start(ImportJob started) {
        if (!starts.insert(started.importId(), new IdList(started.importId(), List.of()))) {
            return false;
        }
        jobs.save(started.importId(), started);
        lists.addToSet(RUNNING, "ids", started.importId());
        return true;
    }

    /**
     * The import after its dry run is discarded, and the rows its dry run staged forgotten: true for the one
     * request that decided the import's fate (a start and a discard at once: one wins).
     */
    boolean discard(ImportJob discarded) {
        if (!starts.insert(discarded.importId(), new IdList(discarded.importId(), List.of()))) {
            return false;
        }
        jobs.save(discarded.importId(), discarded);
        IntStream.range(0, discarded.chunks()).forEach(chunk -> staged.delete(chunkId(discarded.importId(), chunk)));
        return true;
    }

    void finished(String importId) {
        lists.pull(RUNNING, "ids", importId);
    }

    List<ExtractRow> fileRows(String importId, int chunk) {
        return files.find(chunkId(importId, chunk)).map(FileChunk::rows).orElseThrow();
    }

    /** The file's rows are not kept once the dry run has read them all: the staged rows hold what is needed. */
    void forgetFile(ImportJob job) {
        IntStream.range(0, job.chunks()).forEach(chunk -> files.delete(chunkId(job.importId(), chunk)));
    }

    void stage(String importId, int chunk, List<StagedRow> rows) {
        staged.save(chunkId(importId, chunk), new StagedChunk(chunkId(importId, chunk), rows));
    }

    List<StagedRow> staged(String importId, int chunk) {
        return staged.find(chunkId(importId, chunk)).map(StagedChunk::rows).orElseThrow();
    }

    void results(String importId, int chunk, Map<String, RowResult> byRow) {
        results.save(chunkId(importId, chunk), new ResultChunk(chunkId(importId, chunk), byRow));
    }

    Map<String, RowResult> results(String importId, int chunk) {
        return results.find(chunkId(importId, chunk)).map(ResultChunk::results).orElse(Map.of());
    }

    Map<String, LedgerEntry> ledger(Collection<String> factIds) {
        Map<String, LedgerEntry> found = new HashMap<>();
        ledger.findAll(factIds).forEach(entry -> found.put(entry.factId(), entry));
        return found;
    }

    void recorded(LedgerEntry entry) {
        ledger.save(entry.factId(), entry);
        if (entry.personId() != null) {
            ledgerPeople.addToSet(entry.personId(), "ids", entry.factId());
        }
    }

    void awaitReview(String importId, List<ReviewList.Entry> rows) {
        reviews.save(importId, new ReviewList(importId, rows));
    }

    List<ReviewList.Entry> awaitingReview(String importId) {
        return reviews.find(importId).map(ReviewList::rows).orElse(List.of());
    }

    boolean decide(ReviewDecision decision) {
        return decisions.insert(decision.id(), decision);
    }

    /** A decision whose row the record then refused: the row waits again. */
    void undecide(String id) {
        decisions.delete(id);
    }

    Map<String, ReviewDecision> decisions(Collection<String> ids) {
        Map<String, ReviewDecision> found = new HashMap<>();
        decisions.findAll(ids).forEach(decision -> found.put(decision.id(), decision));
        return found;
    }

    /**
     * Every import whose staging is kept. A scan of the jobs' ids: one small document per upload, kept for good,
     * so thousands at most; the jobs are then read by id.
     */
    List<ImportJob> withStagingKept() {
        List<String> ids = new ArrayList<>();
        jobIds.find().projection(new Document("_id", 1)).forEach(job -> ids.add(job.getString("_id")));
        return jobs.findAll(ids).stream().filter(ImportJob::stagingKept).toList();
    }

    /**
     * Deletes what an import staged: its dry run's rows, their results, its rows to review and the decisions
     * about them. The job and its report's counts stay, saying when.
     */
    void forgetStaging(ImportJob job, Instant at) {
        for (int chunk = 0; chunk < job.chunks(); chunk++) {
            staged.delete(chunkId(job.importId(), chunk));
            results.delete(chunkId(job.importId(), chunk));
        }
        awaitingReview(job.importId())
                .forEach(entry -> decisions.delete(ReviewDecision.idOf(job.importId(), entry.row())));
        reviews.delete(job.importId());
        jobs.save(job.importId(), job.stagingForgotten(at));
    }

    /**
     * Forgets an erased person: in every import whose staging is kept, each row about them (theirs, recorded on
     * their record, or suggesting them) keeps its number and outcome and loses what it said about anyone (its
     * identity, address and fact) and the suggestions of them; their entries in the ledger are deleted, found by
     * the fact ids filed under them and those of their staged rows. The staging kept is read part by part: there
     * is no index of it by person, and it is bounded by how long it is kept.
     */
    Forgotten forgetPerson(String personId) {
        int rows = 0;
        List<String> factIds =
                new ArrayList<>(ledgerPeople.find(personId).map(IdList::ids).orElse(List.of()));
        for (ImportJob job : withStagingKept()) {
            Set<Integer> forgotten = new HashSet<>();
            for (int chunk = 0; chunk < job.chunks(); chunk++) {
                List<StagedRow> kept = staged.find(chunkId(job.importId(), chunk))
                        .map(StagedChunk::rows)
                        .orElse(List.of());
                if (kept.stream().noneMatch(row -> row.saysAnythingAbout(personId))) {
                    continue;
                }
                List<StagedRow> rewritten = new ArrayList<>(kept.size());
                for (StagedRow row : kept) {
                    if (!row.saysAnythingAbout(personId)) {
                        rewritten.add(row);
                        continue;
                    }
                    rewritten.add(row.forgetting(personId));
                    forgotten.add(row.row());
                    if (row.factId() != null && personId.equals(row.personId())) {
                        factIds.add(row.factId());
                    }
                }
                stage(job.importId(), chunk, rewritten);
            }
            stopAwaitingReview(job.importId(), forgotten);
            rows += forgotten.size();
        }
        int entries = 0;
        for (LedgerEntry entry : ledger.findAll(factIds.stream().distinct().toList())) {
            if (personId.equals(entry.personId())) {
                ledger.delete(entry.factId());
                entries++;
            }
        }
        ledgerPeople.delete(personId);
        return new Forgotten(rows, entries);
    }

    /** Rows forgotten that wait for review wait no more: there is nothing left to decide them on. */
    private void stopAwaitingReview(String importId, Set<Integer> forgotten) {
        List<ReviewList.Entry> waiting = awaitingReview(importId);
        if (forgotten.isEmpty() || waiting.isEmpty()) {
            return;
        }
        Map<String, ReviewDecision> decided = decisions(waiting.stream()
                .map(entry -> ReviewDecision.idOf(importId, entry.row()))
                .toList());
        List<ReviewList.Entry> still = waiting.stream()
                .filter(entry -> !forgotten.contains(entry.row())
                        || decided.containsKey(ReviewDecision.idOf(importId, entry.row())))
                .toList();
        if (still.size() < waiting.size()) {
            awaitReview(importId, still);
        }
    }

    /**
     * What forgetting a person changed.
     *
     * @param rows staged rows that said something about them
     * @param ledgerEntries entries of the ledger deleted
     */
    record Forgotten(int rows, int ledgerEntries) {}

    static String chunkId(String importId, int chunk) {
        return importId + "#" + chunk;
    }

    private static String agencyList(String agencyId) {
        return "agency:" + agencyId;
    }

    /** A part of a file's rows, as uploaded. */
    record FileChunk(@JsonProperty("_id") String id, List<ExtractRow> rows) {}

    /** A part of the dry run's rows. */
    record StagedChunk(@JsonProperty("_id") String id, List<StagedRow> rows) {}

    /** What importing a part's rows did, by row number. */
    record ResultChunk(@JsonProperty("_id") String id, Map<String, RowResult> results) {}

    /** A list of ids: of imports, or of the facts a person's ledger entries are filed under. */
    record IdList(@JsonProperty("_id") String id, List<String> ids) {

        IdList {
            ids = ids == null ? List.of() : List.copyOf(ids);
        }
    }

    /**
     * A row imported, by the id of its fact.
     *
     * @param contentHash the digest of what it gave, to tell a changed row
     */
    record LedgerEntry(@JsonProperty("_id") String factId, String contentHash, String personId, Instant at) {}
}
