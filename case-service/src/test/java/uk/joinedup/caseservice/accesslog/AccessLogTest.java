package uk.joinedup.caseservice.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.joinedup.caseservice.accesslog.Views.NOW;
import static uk.joinedup.caseservice.accesslog.Views.personView;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Appending: one chain from 1, however many threads and instances append, and nothing acknowledged is
 * lost to a restart or a crash. Runs against the embedded MongoDB (memory, or H2 on a file).
 */
class AccessLogTest {

    private LogStore store = LogStore.inMemory();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void numbersRecordsFromOneAndLinksEachToTheOneBefore() {
        AccessLog log = store.open();

        LoggedAccess first = log.appendAndGet(personView("person-1", NOW));
        LoggedAccess second = log.appendAndGet(personView("person-2", NOW.plusSeconds(1)));

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(ChainHash.GENESIS);
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(AccessDocuments.toRecord(store.records()
                        .find(new BsonDocument("_id", new BsonInt64(2)))
                        .first()))
                .isEqualTo(second);
        assertThat(store.verifier().verify().intact()).isTrue();
    }

    @Test
    void keepsTheViewAsItWasShown() {
        LoggedAccess stored = store.open().appendAndGet(personView("person-1", NOW));

        assertThat(stored.userId()).isEqualTo("jo.carter");
        assertThat(stored.userName()).isEqualTo("Jo Carter");
        assertThat(stored.agency()).isEqualTo("southampton-probation");
        assertThat(stored.what()).isEqualTo("PERSON");
        assertThat(stored.personIds()).containsExactly("person-1");
        assertThat(stored.shown()).containsEntry("IDENTITY", List.of("MATCHING", "OWN_AGENCY"));
        assertThat(stored.withheld()).containsEntry("HEALTH", List.of("NO_EXPLICIT_CONSENT"));
        assertThat(stored.references()).containsExactly("consent:c-1", "agreement:a-1/v2");
    }

    @Test
    void concurrentAppendsMakeOneChainWithoutGapsOrForks() throws Exception {
        AccessLog log = store.open();

        List<LoggedAccess> appended = appendConcurrently(List.of(log), 16, 100);

        assertOneChain(appended, 1600);
        assertThat(store.durableCommits())
                .as("appends waiting together share a commit")
                .isLessThan(1600);
    }

    @Test
    void twoInstancesOnOneDatabaseKeepOneChain() throws Exception {
        AccessLog one = store.open();
        AccessLog other = store.open();

        List<LoggedAccess> appended = appendConcurrently(List.of(one, other), 8, 100);
        assertThat(other.awaitIndexed(Duration.ofSeconds(10))).isTrue();

        assertOneChain(appended, 1600);
        assertThat(store.search()
                        .find(
                                new AccessLogFilter(
                                        null, null, null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2)),
                                1,
                                10)
                        .total())
                .as("every record indexed, whichever instance stored it")
                .isEqualTo(1600);
    }

    @Test
    void aRestartedInstanceContinuesTheChain() {
        AccessLog before = store.open();
        LoggedAccess last = null;
        for (int i = 0; i < 5; i++) {
            last = before.appendAndGet(personView("person-" + i, NOW));
        }
        before.close();

        LoggedAccess next = store.open().appendAndGet(personView("person-5", NOW));

        assertThat(next.sequence()).isEqualTo(6);
        assertThat(next.previousHash()).isEqualTo(last.hash());
        assertThat(store.verifier().verify().intact()).isTrue();
    }

    @Test
    void aHeadLeftBehindByACrashIsFoundAndTheRecordsPastItIndexed() {
        appendAndClose(5);
        // As if the process died after storing records 4 and 5 but before indexing them and moving the head.
        moveTheHeadDocumentBackTo(3);
        store.index()
                .deleteMany(new BsonDocument(
                        "_id", new BsonString(LookupIndex.person("person-5", YearMonth.of(2026, 12)))));

        LoggedAccess next = store.open().appendAndGet(personView("person-6", NOW));

        assertThat(next.sequence()).isEqualTo(6);
        assertThat(store.verifier().verify().intact()).isTrue();
        assertThat(store.search().forPerson("person-5", LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 2)))
                .extracting(LoggedAccess::sequence)
                .containsExactly(5L);
    }

    @Test
    void aHeadLeftFarBehindIsFoundAndTheChainContinuesAfterIt() {
        appendAndClose(100);
        moveTheHeadDocumentBackTo(1);

        LoggedAccess next = store.open().appendAndGet(personView("person-101", NOW));

        assertThat(next.sequence())
                .as("99 records past the head document, more than the first window reads")
                .isEqualTo(101);
        assertThat(store.verifier().verify().intact()).isTrue();
    }

    @Test
    void noAcknowledgedRecordIsLostWhenTheProcessDies(@TempDir Path directory) throws Exception {
        store.close();
        Path file = directory.resolve("case.mv");
        store = LogStore.onFile(file);
        List<LoggedAccess> acknowledged = appendConcurrently(List.of(store.open()), 8, 25);

        store.crash();
        store = LogStore.onFile(file);

        assertOneChain(acknowledged, 200);
        assertThat(store.open().appendAndGet(personView("after", NOW)).sequence())
                .isEqualTo(201);
    }

    @Test
    void aViewThatCannotBeLoggedFailsInsteadOfBeingShown() {
        AccessLog log = store.open();
        log.appendAndGet(personView("person-1", NOW));

        store.serverDown();

        assertThatThrownBy(() -> log.append(personView("person-2", NOW))).isInstanceOf(AccessLogUnavailable.class);
    }

    /** Appends records about person-1 to person-{@code count} from one instance, then closes it. */
    private void appendAndClose(int count) {
        AccessLog log = store.open();
        for (int i = 1; i <= count; i++) {
            log.appendAndGet(personView("person-" + i, NOW));
        }
        log.close();
    }

    /** Sets the head document back to a stored record, as a crash before moving it would leave it. */
    private void moveTheHeadDocumentBackTo(long sequence) {
        LoggedAccess record = store.search().fetch(List.of(sequence)).get(0);
        store.heads()
                .replaceOne(
                        new BsonDocument("_id", new BsonString("head")),
                        new BsonDocument("_id", new BsonString("head"))
                                .append("sequence", new BsonInt64(sequence))
                                .append("hash", new BsonString(record.hash())));
    }

    /** Appends from many threads spread over the logs; returns every record as stored. */
    private static List<LoggedAccess> appendConcurrently(List<AccessLog> logs, int threadsPerLog, int appendsPerThread)
            throws Exception {
        int threads = logs.size() * threadsPerLog;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<LoggedAccess>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                AccessLog log = logs.get(t % logs.size());
                String thread = "t" + t;
                Callable<List<LoggedAccess>> appends = () -> {
                    List<LoggedAccess> stored = new ArrayList<>();
                    for (int i = 0; i < appendsPerThread; i++) {
                        stored.add(log.appendAndGet(personView(thread + "-" + i, NOW)));
                    }
                    return stored;
                };
                results.add(pool.submit(appends));
            }
            List<LoggedAccess> all = new ArrayList<>();
            for (Future<List<LoggedAccess>> result : results) {
                all.addAll(result.get());
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }

    private void assertOneChain(List<LoggedAccess> appended, int count) {
        assertThat(appended).hasSize(count);
        assertThat(appended)
                .extracting(LoggedAccess::sequence)
                .as("every append got its own number, and together they leave no gap")
                .containsExactlyInAnyOrderElementsOf(
                        LongStream.rangeClosed(1, count).boxed().toList());
        Set<String> subjects = new HashSet<>();
        appended.forEach(record -> subjects.add(record.subjectId()));
        assertThat(subjects).hasSize(count);
        assertThat(store.records().countDocuments()).isEqualTo(count);
        ChainVerification verification = store.verifier().verify();
        assertThat(verification.firstBroken()).isNull();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.checked()).isEqualTo(count);
    }
}
