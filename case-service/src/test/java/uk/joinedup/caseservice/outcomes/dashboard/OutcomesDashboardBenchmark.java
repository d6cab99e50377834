package uk.joinedup.caseservice.outcomes.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.joinedup.caseservice.CaseServiceApplication;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.Practitioner;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.agency.TeamRoster;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimsList;
import uk.joinedup.caseservice.outcomes.claims.api.FindClaims;
import uk.joinedup.caseservice.outcomes.claims.record.ClaimRecords;
import uk.joinedup.caseservice.outcomes.indicators.Measure;
import uk.joinedup.caseservice.outcomes.overview.Quarter;
import uk.joinedup.caseservice.views.outcomes.OutcomesWarmUp;

/**
 * Times the outcomes dashboard at the size of a council: {@code families} open families (default 10,000,
 * about four people each) on the embedded store as case-service runs it (H2 on a file, {@link
 * SpringApplicationBuilder} with the service's own configuration). Not a test: run it with
 *
 * <pre>
 * ./mvnw -q -o -pl case-service test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -DskipPitest
 * AXONIQ_UPDATE_CHECKER_DISABLED=true java -Xmx3g -Dbench.runs=5 -cp case-service/target/classes:case-service/target/test-classes:$(cat case-service/target/cp.txt) \
 *   uk.joinedup.caseservice.outcomes.dashboard.OutcomesDashboardBenchmark [label, e.g. before|after] [families] \
 *   [data directory, default a new temporary one] [processing groups to fill, comma-separated, default all it reads]
 * </pre>
 *
 * <p>Filling 10,000 families (549,125 events) takes about 11 minutes for the read models of before the buckets
 * and 26 more for the buckets. A later run can reuse the directory of an earlier one and fill only a read model
 * added since ({@code after 10000 /tmp/dashboard-10k outcome-facts}: the history is generated from the same
 * seed) or nothing ({@code none}), to measure other code on the same files.
 *
 * <p><b>How the store is filled.</b> The events a council's history would hold ({@link CouncilHistory}: families
 * registered, opened, their keyworkers and members; people registered with outcome facts, case notes, some
 * facts corrected or retracted; some consents, a few withdrawn; a few emergency overrides) are handed to the
 * event handlers of the read models the dashboard reads, each wrapped as the domain event message the
 * processor would deliver (aggregate id, sequence number, the acting agency in the metadata). The event store
 * itself is not written: replaying half a million events through every projection of the service would time the
 * other read models too. Each projection's share of the fill is reported.
 *
 * <p><b>What is timed.</b> After the fill the service is restarted on the same files; then {@code
 * DashboardQueries.answer} agency-wide (eight quarters; the first call is "cold": once the service's warm-up has
 * read the buckets and families ({@code warmed_up_s}), nothing remembered yet, code cold),
 * then another manager's first agency-wide request (the records converted, each person's share not yet made for
 * this viewer: as the first request of a day), a team's (ten keyworkers) and one drill-down (agency-wide,
 * re-offending in the last quarter), each warm over
 * {@link #RUNS} runs (p50, p95), and the heap after each. Figures go to {@code target/bench/outcomes-dashboard.json}
 * under the label given, beside the labels of earlier runs.
 */
final class OutcomesDashboardBenchmark {

    /** Warm runs of each scenario: {@code -Dbench.runs=N}, default 10. */
    private static final int RUNS = Integer.getInteger("bench.runs", 10);

    /** Also time the claims page's list: {@code -Dbench.claims=true} (fill {@code claims-scope} first). */
    private static final boolean CLAIMS = Boolean.getBoolean("bench.claims");

    private static final Quarter FROM = new Quarter(2025, 1);
    private static final Quarter TO = new Quarter(2026, 4);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    /** The processing groups of the read models the dashboard reads. */
    private static final Set<String> READ = Set.of(
            "person-records",
            "family-records",
            "outcomes-dashboard",
            "outcome-facts",
            "consents",
            "emergency-overrides",
            "sharing-agreements");

    private final Map<String, Object> results = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        String label = args.length > 0 ? args[0] : "run";
        int families = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path data = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("outcomes-dashboard-bench");
        Set<String> fill = args.length > 3 ? Set.of(args[3].split(",")) : READ;
        int status = 1;
        try {
            new OutcomesDashboardBenchmark().run(label, families, data, fill);
            status = 0;
        } catch (Exception | Error e) {
            e.printStackTrace();
        } finally {
            System.exit(status);
        }
    }

    private void run(String label, int families, Path data, Set<String> groups) throws Exception {
        Files.createDirectories(data);
        results.put("measured_at", Instant.now().toString());
        results.put("families", families);
        results.put("cores", Runtime.getRuntime().availableProcessors());
        results.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        CouncilHistory council = new CouncilHistory(families, 20261203L);
        try (ConfigurableApplicationContext app = start(data)) {
            fill(app, council, groups);
        }
        progress("restarting on the filled store");
        long restart = System.nanoTime();
        try (ConfigurableApplicationContext app = start(data)) {
            results.put("restart_s", round((System.nanoTime() - restart) / 1e9));
            app.getBean(OutcomesWarmUp.class).done().join();
            results.put("warmed_up_s", round((System.nanoTime() - restart) / 1e9));
            progress("warmed up %s s after the restart began", results.get("warmed_up_s"));
            DashboardQueries queries = new DashboardQueries(
                    app.getBean(MongoDocuments.class),
                    roster(council),
                    app.getBean(OutcomesFacts.class),
                    app.getBean(ClaimRecords.class),
                    Clock.fixed(TODAY.atStartOfDay(ZoneId.of("UTC")).toInstant(), ZoneId.of("UTC")));
            Actor manager = council.manager();
            GetOutcomesDashboard agency = new GetOutcomesDashboard(manager, ScopeKind.AGENCY, null, FROM, TO);
            GetOutcomesDashboard team = new GetOutcomesDashboard(manager, ScopeKind.TEAM, null, FROM, TO);
            GetIndicatorPeople drillDown =
                    new GetIndicatorPeople(manager, ScopeKind.AGENCY, null, Measure.ADULT_NOT_REOFFENDED, TO);

            long cold = System.nanoTime();
            OutcomesDashboard first = queries.answer(agency);
            results.put("agency_cold_ms", round((System.nanoTime() - cold) / 1e6));
            results.put("agency_people", first.peopleInScope());
            results.put("agency_people_with_facts_withheld", first.peopleWithFactsWithheld());
            results.put("agency_figures", figures(first));
            progress(
                    "agency-wide, first request after the restart and warm-up: %s ms for %,d people",
                    results.get("agency_cold_ms"), first.peopleInScope());
            timed("agency", () -> queries.answer(agency));
            Actor colleague = new Actor(
                    "manager-1",
                    "Colleague",
                    manager.agency(),
                    manager.agencyName(),
                    manager.agencyKind(),
                    manager.roles(),
                    "team-1");
            long another = System.nanoTime();
            queries.answer(new GetOutcomesDashboard(colleague, ScopeKind.AGENCY, null, FROM, TO));
            results.put("agency_another_viewer_first_ms", round((System.nanoTime() - another) / 1e6));
            progress(
                    "agency-wide, another manager's first request (records converted, shares not): %s ms",
                    results.get("agency_another_viewer_first_ms"));
            results.put("team_people", queries.answer(team).peopleInScope());
            timed("team", () -> queries.answer(team));
            results.put("drill_down_people", queries.people(drillDown).people().size());
            timed("drill_down", () -> queries.people(drillDown));
            if (CLAIMS) {
                claims(app.getBean(QueryGateway.class), manager);
            }
        }
        write(label);
    }

    /**
     * The claims page's list for the manager (every family of the agency evaluated under both schemes), timed
     * first, second and warm: it needs the {@code claims-scope} read model filled too.
     */
    private void claims(QueryGateway gateway, Actor manager) {
        FindClaims everything = new FindClaims(manager, null, null);
        for (String run : List.of("first", "second")) {
            long at = System.nanoTime();
            ClaimsList list = gateway.query(everything, ClaimsList.class).join();
            results.put("claims_" + run + "_ms", round((System.nanoTime() - at) / 1e6));
            results.put("claims_rows", list.totalRows());
            results.put("claims_families_with_facts_withheld", list.familiesWithFactsWithheld());
            System.gc();
            results.put("claims_heap_used_after_gc_mb", heapUsedMb());
            progress(
                    "claims list, %s request: %s ms, %,d rows, %,d families with facts withheld, heap after GC %s MB",
                    run,
                    results.get("claims_" + run + "_ms"),
                    list.totalRows(),
                    list.familiesWithFactsWithheld(),
                    results.get("claims_heap_used_after_gc_mb"));
        }
        timed("claims_warm", () -> gateway.query(everything, ClaimsList.class).join());
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(CaseServiceApplication.class)
                .run(
                        "--joinedup.mongo.in-memory=false",
                        "--joinedup.mongo.data-dir=" + data.toAbsolutePath(),
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://issuer.bench",
                        "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://issuer.bench/jwks",
                        "--logging.level.root=warn");
    }

    /**
     * Hands every event of the history to the handlers of the read models the dashboard reads, as the
     * processor would, and reports each one's time.
     */
    private void fill(ConfigurableApplicationContext app, CouncilHistory council, Set<String> read) {
        Map<String, AnnotationEventHandlerAdapter> handlers = new LinkedHashMap<>();
        app.getBeansWithAnnotation(ProcessingGroup.class).values().forEach(bean -> {
            Class<?> type = AopUtils.getTargetClass(bean);
            String group = type.getAnnotation(ProcessingGroup.class).value();
            if (read.contains(group)) {
                handlers.put(group + " (" + type.getSimpleName() + ")", new AnnotationEventHandlerAdapter(bean));
            }
        });
        progress("filling %s", handlers.keySet());
        Map<String, long[]> spent = new LinkedHashMap<>();
        handlers.keySet().forEach(name -> spent.put(name, new long[2]));
        long started = System.nanoTime();
        long[] count = new long[1];
        council.events(message -> {
            count[0]++;
            handlers.forEach((name, adapter) -> {
                if (adapter.canHandle(message)) {
                    long at = System.nanoTime();
                    try {
                        adapter.handle(message);
                    } catch (Exception e) {
                        throw new IllegalStateException(name + " failed on " + message.getPayloadType(), e);
                    }
                    long[] each = spent.get(name);
                    each[0] += System.nanoTime() - at;
                    each[1]++;
                }
            });
            if (count[0] % 100_000 == 0) {
                progress("%,d events", count[0]);
            }
        });
        results.put("fill_events", count[0]);
        results.put("fill_people", council.people());
        results.put("fill_s", round((System.nanoTime() - started) / 1e9));
        Map<String, Object> byProjection = new LinkedHashMap<>();
        spent.forEach((name, each) -> byProjection.put(
                name,
                Map.of(
                        "events",
                        each[1],
                        "s",
                        round(each[0] / 1e9),
                        "ms_per_event",
                        each[1] == 0 ? 0 : round(each[0] / 1e6 / each[1]))));
        results.put("fill_by_projection", byProjection);
        progress("filled: %s", results.get("fill_s") + " s, " + byProjection);
    }

    private static TeamRoster roster(CouncilHistory council) {
        return (agency, team) -> council.team(team).stream()
                .map(userId -> new Practitioner(
                        userId,
                        "Keyworker " + userId,
                        CouncilHistory.EARLY_HELP,
                        "Early Help",
                        AgencyKind.EARLY_HELP,
                        Set.of(Role.KEYWORKER)))
                .toList();
    }

    private void timed(String name, Supplier<Object> answer) {
        answer.get(); // the first warm call
        long[] took = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long at = System.nanoTime();
            answer.get();
            took[run] = System.nanoTime() - at;
        }
        Arrays.sort(took);
        results.put(name + "_p50_ms", round(percentile(took, 0.50) / 1e6));
        results.put(name + "_p95_ms", round(percentile(took, 0.95) / 1e6));
        System.gc();
        results.put(name + "_heap_used_after_gc_mb", heapUsedMb());
        results.put(name + "_heap_peak_mb", heapPeakMb());
        progress(
                "%s: p50 %s ms, p95 %s ms, heap after GC %s MB, peak %s MB",
                name,
                results.get(name + "_p50_ms"),
                results.get(name + "_p95_ms"),
                results.get(name + "_heap_used_after_gc_mb"),
                results.get(name + "_heap_peak_mb"));
    }

    /** Every figure as numerator/denominator by quarter, so that runs before and after a change can be compared. */
    private static Map<String, String> figures(OutcomesDashboard dashboard) {
        Map<String, String> figures = new LinkedHashMap<>();
        dashboard.indicators().stream()
                .flatMap(section -> section.measures().stream())
                .forEach(measure -> figures.put(
                        measure.measure(),
                        measure.peopleWithFactsWithheld() + " withheld; "
                                + measure.byQuarter().stream()
                                        .map(quarter -> quarter.numerator() + "/" + quarter.denominator())
                                        .collect(Collectors.joining(" "))));
        return figures;
    }

    private void write(String label) throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Path file = Path.of("case-service/target/bench/outcomes-dashboard.json");
        if (!Files.isDirectory(Path.of("case-service"))) {
            file = Path.of("target/bench/outcomes-dashboard.json");
        }
        Files.createDirectories(file.getParent());
        ObjectNode all = Files.exists(file) ? (ObjectNode) json.readTree(file.toFile()) : json.createObjectNode();
        all.set(label, json.valueToTree(results));
        json.writeValue(file.toFile(), all);
        progress("wrote %s: %s", file, label);
    }

    private static long percentile(long[] sorted, double share) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
    }

    private static long heapUsedMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    private static long heapPeakMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
                pool.resetPeakUsage();
            }
        }
        return peak >> 20;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static void progress(String format, Object... args) {
        System.out.printf(
                Locale.ROOT,
                "[%s] " + format + "%n",
                Stream.concat(Stream.of(Instant.now().toString().substring(11, 19)), Stream.of(args))
                        .toArray());
    }

    /** Wraps an event as the processor delivers it: a domain event of its aggregate, recorded by an agency. */
    static EventMessage<?> message(
            String aggregateType,
            String aggregateId,
            long sequence,
            Object event,
            Instant at,
            AgencyKind kind,
            String agency) {
        MetaData metaData = MetaData.with(ActingCommand.USER_ID, "bench-" + agency)
                .and(ActingCommand.USER_NAME, "Bench " + agency)
                .and(ActingCommand.AGENCY, agency)
                .and(ActingCommand.AGENCY_NAME, agency)
                .and(ActingCommand.AGENCY_KIND, kind.name());
        return new GenericDomainEventMessage<>(
                aggregateType,
                aggregateId,
                sequence,
                GenericEventMessage.asEventMessage(event).getPayload(),
                metaData,
                UUID.randomUUID().toString(),
                at);
    }
}
