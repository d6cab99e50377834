package uk.joinedup.caseservice.accesslog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import uk.joinedup.caseservice.accesslog.AccessRecord.Viewed;
import uk.joinedup.caseservice.agency.AgencyId;

/**
 * Measures the access log on the embedded store as case-service runs it (H2 on a file, 8 keys per
 * page, a durable commit per batch), or in memory: the latency {@link AccessLog#append} adds to a page
 * at 1, 8 and 32 concurrent appenders, paced like page views (5-15 ms of other work between
 * appends) and back to back; then it fills the log to {@code records} and times verification,
 * searches, an export and a restart. Not a test: run it with
 *
 * <pre>
 * ./mvnw -q -pl case-service -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp case-service/target/classes:case-service/target/test-classes:$(cat case-service/target/cp.txt) \
 *   uk.joinedup.caseservice.accesslog.AccessLogBenchmark [h2|memory] [records, default 100000]
 * </pre>
 */
final class AccessLogBenchmark {

    private static final int APPENDS_PER_APPENDER = 400;
    private static final int USERS = 300;
    private static final int AGENCIES = 12;
    private static final int PEOPLE = 20_000;
    private static final Instant START = Instant.parse("2026-10-01T07:00:00Z");
    /** A record every 50 seconds of business time: 100,000 records span about 58 days. */
    private static final long SECONDS_PER_RECORD = 50;

    private final AtomicLong clock = new AtomicLong();

    public static void main(String[] args) throws Exception {
        String backend = args.length > 0 ? args[0] : "h2";
        int records = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path directory = Files.createTempDirectory("access-log-bench");
        try (LogStore store =
                backend.equals("memory") ? LogStore.inMemory() : LogStore.asConfigured(directory.resolve("bench.mv"))) {
            new AccessLogBenchmark().run(store, backend, records);
        }
        System.exit(0);
    }

    private void run(LogStore store, String backend, int records) throws Exception {
        System.out.printf(
                "Access log benchmark: %s backend, %d cores, Java %s%n",
                backend, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        AccessLog log = store.open();
        appendConcurrently(log, 4, 250, 0); // warm-up
        // Paced: each appender is a stream of page views, doing 5-15 ms of its own work between appends.
        // Back to back: appenders that do nothing else, the most the writer can take.
        for (int[] run : new int[][] {{1, 10}, {8, 10}, {32, 10}, {8, 0}, {32, 0}}) {
            int appenders = run[0];
            boolean paced = run[1] > 0;
            int commitsBefore = store.durableCommits();
            long started = System.nanoTime();
            long[] latencies = appendConcurrently(log, appenders, APPENDS_PER_APPENDER, run[1]);
            double seconds = (System.nanoTime() - started) / 1e9;
            int commits = store.durableCommits() - commitsBefore;
            Arrays.sort(latencies);
            System.out.printf(
                    Locale.ROOT,
                    "append, %2d appenders %s: p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %7.2f ms"
                            + "  | %5.0f appends/s, %4.1f records per durable commit%n",
                    appenders,
                    paced ? "paced       " : "back to back",
                    ms(latencies, 0.50),
                    ms(latencies, 0.90),
                    ms(latencies, 0.99),
                    latencies[latencies.length - 1] / 1e6,
                    latencies.length / seconds,
                    (double) latencies.length / commits);
        }

        long fillStarted = System.nanoTime();
        long have = log.head().sequence();
        int fillers = 32;
        int each = (int) Math.max(0, (records - have + fillers - 1) / fillers);
        appendConcurrently(log, fillers, each, 0);
        System.out.printf(
                Locale.ROOT,
                "filled to %d records in %.1f s%n",
                log.head().sequence(),
                (System.nanoTime() - fillStarted) / 1e9);

        ChainVerifier verifier = store.verifier();
        verifier.verify(1, 2_000); // warm-up
        for (int run = 0; run < 2; run++) {
            ChainVerification verification = verifier.verify();
            System.out.printf(
                    Locale.ROOT,
                    "verification of %d records: %s in %d ms (%.0f records/s)%n",
                    verification.checked(),
                    verification.intact() ? "intact" : verification.firstBroken(),
                    verification.elapsedMillis(),
                    verification.checked() * 1000.0 / verification.elapsedMillis());
        }

        AccessLogSearch search = store.search();
        LocalDate lastDay =
                LookupIndex.ukDate(search.fetch(List.of(log.head().sequence())).get(0));
        LocalDate month = lastDay.minusDays(29);
        time("search, last 30 days, page 1", () -> search.find(
                        new AccessLogFilter(null, null, null, month, lastDay), 1, 50)
                .total());
        time("search, last 30 days, page 100", () -> search.find(
                        new AccessLogFilter(null, null, null, month, lastDay), 100, 50)
                .total());
        time("search, one user, 30 days", () -> search.find(
                        new AccessLogFilter(null, "user-7", null, month, lastDay), 1, 50)
                .total());
        time("search, one agency, 30 days", () -> search.find(
                        new AccessLogFilter(null, null, "agency-3", month, lastDay), 1, 50)
                .total());
        time("search, one person, a year", () -> search.find(
                        new AccessLogFilter("person-42", null, null, lastDay.minusDays(365), lastDay), 1, 50)
                .total());
        time("export, one agency, 30 days", () -> {
            AtomicLong rows = new AtomicLong();
            search.forEach(
                    new AccessLogFilter(null, null, "agency-3", month, lastDay), record -> rows.incrementAndGet());
            return rows.get();
        });
        time("restart (open over the full log)", () -> {
            AccessLog reopened = store.open();
            long head = reopened.head().sequence();
            reopened.close();
            return head;
        });
    }

    private interface Measured {
        long run() throws Exception;
    }

    private static void time(String what, Measured measured) throws Exception {
        measured.run(); // warm-up
        long started = System.nanoTime();
        long result = measured.run();
        System.out.printf(
                Locale.ROOT, "%-34s %8.1f ms (%d records)%n", what, (System.nanoTime() - started) / 1e6, result);
    }

    /** Appends from concurrent appenders, each pausing 0.5 to 1.5 × {@code pauseMillis} between appends. */
    private long[] appendConcurrently(AccessLog log, int appenders, int appendsEach, int pauseMillis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(appenders);
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int a = 0; a < appenders; a++) {
                results.add(pool.submit(() -> {
                    long[] latencies = new long[appendsEach];
                    for (int i = 0; i < appendsEach; i++) {
                        if (pauseMillis > 0) {
                            Thread.sleep(ThreadLocalRandom.current().nextLong(pauseMillis / 2, pauseMillis * 3L / 2));
                        }
                        AccessRecord record = next();
                        long started = System.nanoTime();
                        log.append(record);
                        latencies[i] = System.nanoTime() - started;
                    }
                    return latencies;
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> result : results) {
                all.add(result.get());
            }
            return all.stream().flatMapToLong(Arrays::stream).toArray();
        } finally {
            pool.shutdown();
        }
    }

    /** A person view by one of the users, at the next moment of business time. */
    private AccessRecord next() {
        long n = clock.getAndIncrement();
        int user = (int) (n * 7919 % USERS);
        String person = "person-" + (n * 104_729 % PEOPLE);
        AccessRecord template = Views.personView(person, START.plusSeconds(n * SECONDS_PER_RECORD));
        return new AccessRecord(
                template.at(),
                "user-" + user,
                "User " + user,
                new AgencyId("agency-" + user % AGENCIES),
                Viewed.PERSON,
                person,
                Set.of(person),
                template.shown(),
                template.withheld(),
                template.references(),
                null);
    }

    private static double ms(long[] sorted, double percentile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(percentile * sorted.length) - 1)] / 1e6;
    }
}
