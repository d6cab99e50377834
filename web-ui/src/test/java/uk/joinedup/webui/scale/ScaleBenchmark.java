package uk.joinedup.webui.scale;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import uk.joinedup.webui.endtoend.RunningSystem;

/**
 * The HTTP-level scale benchmark (see the package). Options, as system properties: {@code scale.families}
 * (1000; 10000 for the full run), {@code scale.busy-entries} (case notes on the busy family, 1000),
 * {@code scale.seconds} (the measured period, 60), {@code scale.readers} (20), {@code scale.writers} (5),
 * {@code scale.loaders} (concurrent loaders, 8), {@code scale.dir} (where the store files and the results
 * go, target/bench).
 */
public final class ScaleBenchmark {

    static final String MANAGER = "mo.ahmed";
    private static final int HEAP_LIMIT_MB = 512;
    private static final int ALONE_REQUESTS = 5;

    private ScaleBenchmark() {}

    public static void main(String[] args) throws Exception {
        int familyCount = Integer.getInteger("scale.families", 1000);
        int busyEntries = Integer.getInteger("scale.busy-entries", 1000);
        Duration period = Duration.ofSeconds(Integer.getInteger("scale.seconds", 60));
        int readers = Integer.getInteger("scale.readers", 20);
        int writers = Integer.getInteger("scale.writers", 5);
        int loaders = Integer.getInteger("scale.loaders", 8);
        Path dir = Path.of(System.getProperty("scale.dir", "target/bench"));

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("date", Instant.now().toString());
        results.put(
                "command",
                "./mvnw -o -q -pl web-ui -Pbench verify -Dscale.families=" + familyCount + " -Dscale.seconds="
                        + period.toSeconds());
        results.put("machine", machine());
        results.put("load_average_at_start", loadAverage());
        results.put("store", "embedded MongoDB (H2 MVStore) on files, as in production; each service -Xmx512m");
        results.put("families", familyCount);
        results.put("people", familyCount * Households.PEOPLE_PER_FAMILY);
        results.put("busy_family_chronology_entries", busyEntries);
        results.put("readers", readers);
        results.put("writers", writers);
        System.out.printf(
                "Scale benchmark: %d families, %d case notes on one, then %d readers and %d writers for %d s%n",
                familyCount, busyEntries, readers, writers, period.toSeconds());
        System.out.println("Load average at start: " + loadAverage());

        Path data = dir.resolve("data");
        deleteRecursively(data);
        long starting = System.nanoTime();
        RunningSystem system = RunningSystem.startForBenchmark(data, Map.of("SEARCHES_PER_MINUTE", "1000000"));
        results.put("start_s", seconds(starting));
        System.out.printf("Services ready in %.0f s (logs in target/e2e-logs)%n", seconds(starting));

        try (HeapSampler heap = new HeapSampler(system.processIds())) {
            SignIn signIn = new SignIn(system);
            Api keyworker = new Api(system.caseServiceUrl(), signIn.forApiTokens(FamilyLoader.KEYWORKER));
            Api manager = new Api(system.caseServiceUrl(), signIn.forApiTokens(MANAGER));

            FamilyLoader loader = new FamilyLoader(keyworker, manager, loaders);
            long loading = System.nanoTime();
            Thread progress = new Thread(() -> report(loader, familyCount, loading, heap), "progress");
            progress.setDaemon(true);
            progress.start();
            List<FamilyLoader.Loaded> families = loader.load(familyCount);
            double familiesSeconds = seconds(loading);
            FamilyLoader.Loaded busy = families.get(0);
            long notes = System.nanoTime();
            loader.recordCaseNotes(busy, busyEntries);
            double notesSeconds = seconds(notes);
            progress.interrupt();
            long loadRequests = loader.requests() + busyEntries;
            results.put("load_s", round(familiesSeconds + notesSeconds));
            results.put("load_families_s", round(familiesSeconds));
            results.put("load_busy_family_s", round(notesSeconds));
            results.put("load_requests", loadRequests);
            results.put("load_writes_per_s", round(loadRequests / (familiesSeconds + notesSeconds)));
            results.put("load_version_conflicts", loader.conflicts());
            results.put("load_average_after_load", loadAverage());
            System.out.printf(
                    "Loaded %d families in %.0f s and %d case notes in %.0f s: %.0f writes/s%n",
                    familyCount,
                    familiesSeconds,
                    busyEntries,
                    notesSeconds,
                    loadRequests / (familiesSeconds + notesSeconds));

            Map<Scenario.Actor, Browser> pages = new EnumMap<>(Scenario.Actor.class);
            for (Scenario.Actor actor : Scenario.Actor.values()) {
                String username = actor == Scenario.Actor.MANAGER ? MANAGER : FamilyLoader.KEYWORKER;
                try {
                    pages.put(actor, signIn.toWebUi(username));
                } catch (IOException | RuntimeException e) {
                    System.out.println("Could not sign " + username + " in to web-ui: " + e.getMessage());
                }
            }
            Map<Scenario.Actor, Api> apis = new EnumMap<>(Scenario.Actor.class);
            apis.put(Scenario.Actor.KEYWORKER, keyworker);
            apis.put(Scenario.Actor.MANAGER, manager);
            Workload workload =
                    new Workload(system.webUrl(), pages, apis, busy.familyId(), families.subList(1, families.size()));

            Map<String, String> skipped = new LinkedHashMap<>();
            List<Scenario> available = available(workload, skipped, results);
            System.out.printf(
                    "Measuring %d scenarios for %d s (%d skipped)%n",
                    available.size(), period.toSeconds(), skipped.size());
            CpuTime cpu = CpuTime.from(system.processIds());
            workload.run(available, readers, writers, period);
            Map<String, Double> cpuSeconds = cpu.secondsSinceStart();

            results.put("measured_s", round(workload.seconds()));
            for (Scenario scenario : Scenario.values()) {
                Latencies latencies = workload.reads().get(scenario);
                put(results, scenario.key, latencies);
                if (latencies != null) {
                    results.put(scenario.key + "_requests", latencies.count());
                    results.put(scenario.key + "_errors", latencies.failures());
                    if (latencies.failures() > 0) {
                        results.put(scenario.key + "_error_kinds", latencies.failureReasons());
                    }
                    results.put(scenario.key + "_mean_bytes", latencies.meanBytes());
                }
            }
            // the figure issue 13 names: the outcomes dashboard page's 95th percentile
            results.put("p95_ms_outcomes_dashboard", results.get(Scenario.OUTCOMES_DASHBOARD_HTML.key + "_p95_ms"));
            Latencies writes = workload.writes();
            results.put("writes", writes.count());
            results.put("write_errors", writes.failures());
            results.put("write_error_kinds", writes.failureReasons());
            results.put("writes_per_s", round(writes.count() / workload.seconds()));
            results.put("write_p50_ms", writes.percentileMillis(50));
            results.put("write_p95_ms", writes.percentileMillis(95));
            results.put("write_p99_ms", writes.percentileMillis(99));
            long answered = writes.count()
                    + workload.reads().values().stream()
                            .mapToLong(Latencies::count)
                            .sum();
            cpuSeconds.forEach((service, seconds) -> {
                results.put("cpu_s_measured_" + service, round(seconds));
                results.put("cpu_ms_per_answer_" + service, answered == 0 ? null : round(seconds * 1000 / answered));
            });
            heap.maxMegabytes().forEach((service, megabytes) -> results.put("heap_max_mb_" + service, megabytes));
            results.put("heap_limit_mb", HEAP_LIMIT_MB);
            results.put("load_average_at_end", loadAverage());
            results.put("skipped", skipped);
            Map<String, String> notesByScenario = new LinkedHashMap<>();
            for (Scenario scenario : Scenario.values()) {
                notesByScenario.put(scenario.key, scenario.address + ": " + scenario.note);
            }
            results.put("scenarios", notesByScenario);
        } finally {
            system.stop();
        }

        Files.createDirectories(dir);
        Path file = dir.resolve("scale-results.json");
        Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), results);
        printSummary(results);
        System.out.println("Results: " + file.toAbsolutePath());
        System.exit(0);
    }

    /**
     * Asks each scenario {@value #ALONE_REQUESTS} times in turn, with nothing else running: the check that
     * it exists (one that does not answer 200 is skipped, with a note), a warm-up, and its time alone
     * ({@code <key>_alone_p50_ms}: the median, as issue 12 measured it).
     */
    private static List<Scenario> available(Workload workload, Map<String, String> skipped, Map<String, Object> results)
            throws Exception {
        List<Scenario> available = new ArrayList<>();
        for (Scenario scenario : Scenario.values()) {
            int status = 0;
            String failure = "";
            Latencies alone = new Latencies();
            try {
                for (int i = 0; i < ALONE_REQUESTS && (i == 0 || status == 200); i++) {
                    long start = System.nanoTime();
                    HttpResponse<byte[]> answer = workload.ask(scenario);
                    alone.add(System.nanoTime() - start, answer.body().length);
                    status = answer.statusCode();
                }
            } catch (IOException | RuntimeException e) {
                failure = " (" + e + ")";
            }
            if (status == 200) {
                available.add(scenario);
                results.put(scenario.key + "_alone_p50_ms", alone.percentileMillis(50));
                System.out.printf(
                        "  %s alone: median %s ms of %d%n", scenario.key, alone.percentileMillis(50), alone.count());
            } else {
                String note = scenario.address + " answered " + status + failure
                        + (status == 404 ? ": not built yet (" + scenario.note + ")" : "");
                skipped.put(scenario.key, note);
                results.put(scenario.key + "_alone_p50_ms", null);
                System.out.println("Skipped " + scenario.key + ": " + note);
            }
        }
        return available;
    }

    private static void put(Map<String, Object> results, String key, Latencies latencies) {
        for (int percentile : new int[] {50, 95, 99}) {
            results.put(
                    key + "_p" + percentile + "_ms", latencies == null ? null : latencies.percentileMillis(percentile));
        }
    }

    private static void report(FamilyLoader loader, int total, long started, HeapSampler heap) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(10_000);
                double elapsed = seconds(started);
                System.out.printf(
                        "  %d of %d families, %d requests, %.0f writes/s, heap MB %s, load %s%n",
                        loader.familiesLoaded(),
                        total,
                        loader.requests(),
                        loader.requests() / elapsed,
                        heap.lastMegabytes(),
                        loadAverage());
            }
        } catch (InterruptedException e) {
            // loading is over
        }
    }

    private static void printSummary(Map<String, Object> results) {
        System.out.println();
        System.out.printf(
                "%-28s %9s %9s %9s %9s %9s %8s%n",
                "scenario", "alone ms", "p50 ms", "p95 ms", "p99 ms", "requests", "KB");
        for (Scenario scenario : Scenario.values()) {
            String key = scenario.key;
            if (results.get(key + "_p95_ms") == null) {
                System.out.printf("%-28s skipped%n", key);
                continue;
            }
            System.out.printf(
                    "%-28s %9s %9s %9s %9s %9s %8d%n",
                    key,
                    results.get(key + "_alone_p50_ms"),
                    results.get(key + "_p50_ms"),
                    results.get(key + "_p95_ms"),
                    results.get(key + "_p99_ms"),
                    results.get(key + "_requests"),
                    ((Number) results.get(key + "_mean_bytes")).longValue() / 1024);
        }
        System.out.printf(
                "writes: %s/s, p50 %s ms, p99 %s ms (%s errors)%n",
                results.get("writes_per_s"),
                results.get("write_p50_ms"),
                results.get("write_p99_ms"),
                results.get("write_errors"));
        results.forEach((key, value) -> {
            if (key.startsWith("heap_") || key.startsWith("load_") || key.startsWith("cpu_")) {
                System.out.println(key + ": " + value);
            }
        });
    }

    private static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("arch", System.getProperty("os.arch"));
        machine.put("java", System.getProperty("java.version"));
        machine.put(
                "memory_mb",
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                                .getTotalMemorySize()
                        / (1024 * 1024));
        return machine;
    }

    /** The 1, 5 and 15 minute load averages, as /proc/loadavg has them (else the JVM's 1 minute one). */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
