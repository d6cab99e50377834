package uk.joinedup.caseservice.imports.job;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.imports.job.ImportStore.LedgerEntry;

/**
 * The import: records each part's rows in turn (registering the people rows about nobody registered are
 * about first, then recording the facts: the rows whose facts go on one person's record in one command, several
 * people at once), writes what each part did, and moves the job on. After a restart it carries on from the first part not finished: a row recorded before the restart
 * is known by the ledger, or by its fact id, and is not recorded twice. Rows a person must decide are put in
 * the review queue when every part is done.
 */
@Component
class ImportRun {

    private final ImportStore store;
    private final RowRecorder recorder;

    private final Clock clock;

    ImportRun(ImportStore store, RowRecorder recorder, Clock clock) {
        this.store = store;
        this.recorder = recorder;
        this.clock = clock;
    }

    ImportJob run(ImportJob job, ExecutorService rows) throws InterruptedException {
        List<ReviewList.Entry> toReview = new ArrayList<>();
        for (int chunk = 0; chunk < job.chunks(); chunk++) {
            List<StagedRow> staged = store.staged(job.importId(), chunk);
            for (StagedRow row : staged) {
                if (row.outcome() == RowOutcome.TO_REVIEW) {
                    toReview.add(new ReviewList.Entry(row.row(), chunk));
                }
            }
            if (chunk < job.progress().chunksDone()) {
                continue; // finished before a restart
            }
            Map<String, RowResult> results = record(job, staged, rows);
            store.results(job.importId(), chunk, results);
            int imported = (int) results.values().stream()
                    .filter(r -> r.state() == RowResult.State.IMPORTED)
                    .count();
            int refused = (int) results.values().stream()
                    .filter(r -> r.state() == RowResult.State.REFUSED)
                    .count();
            job = job.counted(job.counts().plus(imported, refused))
                    .progressed(chunk + 1, job.rowsDone() + staged.size());
            store.save(job);
        }
        store.awaitReview(job.importId(), toReview);
        job = job.imported(clock.instant());
        store.save(job);
        return job;
    }

    private Map<String, RowResult> record(ImportJob job, List<StagedRow> staged, ExecutorService rows)
            throws InterruptedException {
        List<StagedRow> recording =
                staged.stream().filter(StagedRow::recordsNow).toList();
        Map<String, LedgerEntry> ledger =
                store.ledger(recording.stream().map(StagedRow::factId).toList());
        Map<String, StagedRow> newPeople = new LinkedHashMap<>();
        recording.stream()
                .filter(row -> row.outcome() == RowOutcome.NEW_PERSON && !ledger.containsKey(row.factId()))
                .forEach(row -> newPeople.putIfAbsent(row.personId(), row));
        all(
                rows,
                newPeople.entrySet().stream()
                        .<Callable<RowResult>>map(person -> () -> {
                            recorder.register(person.getKey(), person.getValue(), job.startedBy());
                            return null;
                        })
                        .toList());
        Map<String, List<StagedRow>> byPerson = new LinkedHashMap<>(); // by whose record the facts go on
        Map<String, RowResult> results = new HashMap<>();
        for (StagedRow row : recording) {
            LedgerEntry before = ledger.get(row.factId());
            if (before != null && before.contentHash().equals(row.contentHash())) {
                results.put(key(row), new RowResult(RowResult.State.IMPORTED, before.personId(), null));
                continue; // recorded before a restart
            }
            byPerson.computeIfAbsent(row.whoseRecord(row.personId()), person -> new ArrayList<>())
                    .add(row);
        }
        List<Callable<List<RowResult>>> people = byPerson.entrySet().stream()
                .<Callable<List<RowResult>>>map(person -> () -> recorder.recordAll(
                        person.getValue(), person.getKey(), row -> job.fileName() + ", row " + row, job.startedBy()))
                .toList();
        List<List<RowResult>> recorded = all(rows, people);
        int next = 0;
        for (List<StagedRow> rowsOfOne : byPerson.values()) {
            List<RowResult> resultsOfOne = recorded.get(next++);
            for (int i = 0; i < rowsOfOne.size(); i++) {
                results.put(key(rowsOfOne.get(i)), resultsOfOne.get(i));
            }
        }
        return results;
    }

    private static String key(StagedRow row) {
        return String.valueOf(row.row());
    }

    /** Runs the tasks on the import's threads and waits for them all; a task's failure stops the import. */
    private static <T> List<T> all(ExecutorService rows, List<Callable<T>> tasks) throws InterruptedException {
        List<T> results = new ArrayList<>();
        for (Future<T> done : rows.invokeAll(tasks)) {
            try {
                results.add(done.get());
            } catch (ExecutionException e) {
                throw new ImportStopped(e.getCause());
            }
        }
        return results;
    }

    /** The import could not go on (the store failed, say): it carries on when the service next starts. */
    static final class ImportStopped extends RuntimeException {

        ImportStopped(Throwable cause) {
            super("An import stopped: " + cause.getClass().getSimpleName(), cause);
        }
    }
}
