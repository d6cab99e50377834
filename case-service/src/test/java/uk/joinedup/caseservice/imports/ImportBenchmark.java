package uk.joinedup.caseservice.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.joinedup.caseservice.CaseServiceApplication;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.imports.extracts.ExtractTypes;
import uk.joinedup.caseservice.imports.job.ImportJob;
import uk.joinedup.caseservice.imports.job.ImportStatus;
import uk.joinedup.caseservice.imports.job.Imports;
import uk.joinedup.caseservice.infrastructure.axon.ProjectionCatchUp;

/**
 * Times importing a school attendance extract on the embedded store as case-service runs it (H2 on a file,
 * {@link SpringApplicationBuilder} with the service's own configuration), through the same {@link Imports} the
 * API calls: {@code rows} rows (default 100,000), two terms for each of half as many pupils.
 *
 * <ol>
 *   <li><b>first</b>: nobody is registered: every row's pupil is registered by the import (one person for two
 *       rows), then each row's fact recorded;
 *   <li><b>rerun</b>: the same file again: every row unchanged, nothing recorded;
 *   <li><b>known</b>: the academic year before's two terms for the same pupils: every row matched (by UPN, against
 *       an index of everyone registered in the first) and recorded.
 * </ol>
 *
 * <p>Each phase reports the dry run, the import, and the wait after it until every read model has processed
 * the import's events (the import returns once its events are stored). Not a test: run it with
 *
 * <pre>
 * ./mvnw -q -o -pl case-service -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -DskipPitest
 * AXONIQ_UPDATE_CHECKER_DISABLED=true java -Xmx3g -cp case-service/target/classes:case-service/target/test-classes:$(cat case-service/target/cp.txt) \
 *   uk.joinedup.caseservice.imports.ImportBenchmark [label] [rows, default 100000] [phases, default first,rerun,known]
 * </pre>
 *
 * <p>Figures go to {@code target/bench/imports.json} under the label given, beside earlier runs'.
 */
final class ImportBenchmark {

    private static final String HEADINGS = "UPN,Forename,Surname,Date of birth,Postcode,Academic year,Term,"
            + "Term ended,Sessions possible,Authorised absences,Unauthorised absences";

    private static final Actor DATA_OFFICER = new Actor(
            "bench.data",
            "Benchmark Data Officer",
            new AgencyId("bench-education"),
            "Benchmark Education Service",
            AgencyKind.EDUCATION,
            Set.of(Role.DATA_OFFICER),
            "bench-data");

    private final Map<String, Object> results = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        String label = args.length > 0 ? args[0] : "run";
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Set<String> phases = Set.of((args.length > 2 ? args[2] : "first,rerun,known").split(","));
        int status = 1;
        try {
            new ImportBenchmark().run(label, rows, phases);
            status = 0;
        } catch (Exception | Error e) {
            e.printStackTrace();
        } finally {
            System.exit(status);
        }
    }

    private void run(String label, int rows, Set<String> phases) throws Exception {
        Path data = Files.createTempDirectory("imports-bench");
        results.put("measured_at", Instant.now().toString());
        results.put("rows", rows);
        results.put("cores", Runtime.getRuntime().availableProcessors());
        results.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        try (ConfigurableApplicationContext app = start(data)) {
            Imports imports = app.getBean(Imports.class);
            ProjectionCatchUp projections = app.getBean(ProjectionCatchUp.class);
            ExtractTypes types = app.getBean(ExtractTypes.class);
            byte[] first = extract(rows, "2025/26");
            if (phases.contains("first")) {
                phase("first", imports, projections, types, first);
            }
            if (phases.contains("rerun")) {
                phase("rerun", imports, projections, types, first);
            }
            if (phases.contains("known")) {
                phase("known", imports, projections, types, extract(rows, "2024/25"));
            }
        }
        write(label);
    }

    private void phase(String name, Imports imports, ProjectionCatchUp projections, ExtractTypes types, byte[] file) {
        long at = System.nanoTime();
        String importId = imports.upload(
                types.find("school-attendance").orElseThrow(),
                name + ".csv",
                new ByteArrayInputStream(file),
                DATA_OFFICER);
        double uploaded = seconds(at);
        ImportJob checked = await(imports, importId, ImportStatus.CHECKED);
        double dryRun = seconds(at);
        imports.start(importId, DATA_OFFICER);
        long importing = System.nanoTime();
        ImportJob done = await(imports, importId, ImportStatus.IMPORTED);
        double imported = seconds(importing);
        projections.awaitHead(Duration.ofHours(1));
        double caughtUp = seconds(importing);
        Map<String, Object> phase = new LinkedHashMap<>();
        phase.put("upload_read_s", uploaded);
        phase.put("dry_run_s", dryRun);
        phase.put("import_s", imported);
        phase.put("read_models_caught_up_s", caughtUp);
        phase.put("total_s", round(dryRun + caughtUp));
        phase.put("rows_per_s_to_caught_up", round(file.length == 0 ? 0 : checked.rowsTotal() / (dryRun + caughtUp)));
        phase.put("counts", done.counts());
        System.gc();
        phase.put(
                "heap_used_after_gc_mb",
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
        results.put(name, phase);
        System.out.printf("%s: %s%n", name, phase);
    }

    private static ImportJob await(Imports imports, String importId, ImportStatus status) {
        while (true) {
            ImportJob job = imports.find(importId, DATA_OFFICER);
            if (job.status() == status) {
                return job;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Two terms of a school year for each of {@code rows / 2} pupils, all at school in Southampton. */
    private static byte[] extract(int rows, String year) {
        StringBuilder csv = new StringBuilder(HEADINGS).append('\n');
        String[] terms = {"Autumn", "Spring"};
        String[] ended = year.equals("2025/26")
                ? new String[] {"19/12/2025", "27/03/2026"}
                : new String[] {"20/12/2024", "04/04/2025"};
        for (int pupil = 0; pupil < rows / 2; pupil++) {
            for (int term = 0; term < 2; term++) {
                csv.append(upn(pupil))
                        .append(',')
                        .append(GIVEN[pupil % GIVEN.length])
                        .append(',')
                        .append(FAMILY[(pupil / GIVEN.length) % FAMILY.length])
                        .append(
                                pupil / (GIVEN.length * FAMILY.length) == 0
                                        ? ""
                                        : "-" + letters(pupil / (GIVEN.length * FAMILY.length)))
                        .append(',')
                        .append(String.format("%02d/%02d/%d", 1 + pupil % 28, 1 + (pupil / 28) % 12, 2009 + pupil % 8))
                        .append(',')
                        .append(String.format(
                                "SO%d %d%s", 14 + pupil % 6, pupil % 10, POSTCODE_ENDS[pupil % POSTCODE_ENDS.length]))
                        .append(',')
                        .append(year)
                        .append(',')
                        .append(terms[term])
                        .append(',')
                        .append(ended[term])
                        .append(",150,")
                        .append(pupil % 7)
                        .append(',')
                        .append(pupil % 23)
                        .append('\n');
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final String[] GIVEN = {
        "Amy", "Ben", "Cara", "Dev", "Ella", "Finn", "Grace", "Harry", "Isla", "Jack", "Kai", "Lily", "Mo", "Nia",
        "Owen", "Priya", "Quinn", "Ruby", "Sam", "Tia"
    };
    private static final String[] FAMILY = {
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Williams",
        "Wilson",
        "Johnson",
        "Davies",
        "Patel",
        "Robinson",
        "Wright",
        "Thompson",
        "Evans",
        "Walker",
        "White",
        "Roberts",
        "Green",
        "Hall",
        "Wood",
        "Jackson",
        "Clarke",
        "Khan",
        "Lewis",
        "Hughes",
        "Turner"
    };
    private static final String[] POSTCODE_ENDS = {"AB", "BD", "DE", "FG", "HJ", "LN", "PQ", "RT", "UW", "XY", "ZA"};

    /** A distinct UPN for each of up to 10 million pupils: a school per thousand pupils. */
    private static String upn(int pupil) {
        String digits = "852" + String.format("%04d", pupil / 1000) + "25" + String.format("%03d", pupil % 1000);
        int sum = 0;
        for (int position = 2; position <= 13; position++) {
            sum += (digits.charAt(position - 2) - '0') * position;
        }
        return "ABCDEFGHJKLMNPQRTUVWXYZ".charAt(sum % 23) + digits;
    }

    private static String letters(int number) {
        StringBuilder name = new StringBuilder();
        for (int n = number; n > 0; n /= 26) {
            name.append((char) ('A' + n % 26));
        }
        return name.toString();
    }

    private static double seconds(long since) {
        return round((System.nanoTime() - since) / 1e9);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
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

    private void write(String label) throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Path file = Path.of(
                Files.isDirectory(Path.of("case-service"))
                        ? "case-service/target/bench/imports.json"
                        : "target/bench/imports.json");
        Files.createDirectories(file.getParent());
        ObjectNode all = Files.exists(file) ? (ObjectNode) json.readTree(file.toFile()) : json.createObjectNode();
        all.set(label, json.valueToTree(results));
        json.writeValue(file.toFile(), all);
        System.out.println("wrote " + file + ": " + label);
    }
}
