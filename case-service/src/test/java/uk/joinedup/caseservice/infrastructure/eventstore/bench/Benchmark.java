package uk.joinedup.caseservice.infrastructure.eventstore.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.BsonDocument;
import org.bson.Document;
import uk.joinedup.caseservice.catalogue.CaseNoteWritten;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.RecordAgencyFact;
import uk.joinedup.caseservice.person.api.RegisterPerson;
import uk.joinedup.embeddedmongo.Durability;

/**
 * The event store benchmark: {@code ./mvnw -q -pl case-service -Pbench verify -Dbench.events=N}. It
 * starts case-service on a fresh embedded H2 store, drives the realistic {@link Workload} through the
 * command gateway (command latency at a fixed rate, projection lag), builds two people with 1,000
 * events each (aggregate load with and without snapshots), tops the store up to {@code N} events by
 * appending straight to the engine (append rate), replays everything, measures the raw driver on the
 * same server, restarts the service, and writes {@code target/bench/results.json}.
 */
public final class Benchmark {

    private static final int LONG_STREAM = 1000;
    private static final int SNAPSHOT_THRESHOLD = 100;
    private static final int RAW_DOCUMENTS = 100_000;
    private static final int SAMPLE = 1000;
    private static final int FLOOR_DOCUMENTS = 30_000;
    private static final int APPEND_THREADS = 32;

    private static final long REPLAY_WARM_UP = 10_000;
    /** Paced commands before the measured ones, so that the code they run is compiled first. */
    private static final int WARM_UP_SECONDS = 20;

    /** The append rate asked for: this share of the floor (a durable insertMany with one unique key). */
    private static final double APPEND_TARGET_SHARE_OF_FLOOR = 0.6;

    /** The replay rate asked for with events sealed (issue 16): this share of the raw driver's {@code $in} reads. */
    private static final double REPLAY_TARGET_SHARE_OF_RAW_READ = 0.7;

    private final BenchSettings settings;
    private final Map<String, Object> results = new LinkedHashMap<>();

    private Benchmark(BenchSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        int status = 1;
        try {
            new Benchmark(BenchSettings.fromSystemProperties()).run();
            status = 0;
        } catch (Exception | Error e) {
            e.printStackTrace();
        } finally {
            System.exit(status);
        }
    }

    private void run() throws Exception {
        Path data = settings.directory().resolve("data-" + settings.engine());
        deleteRecursively(data);
        results.put("engine", settings.engine());
        // sealing personal data in events (ADR 31) is on unless the run turns it off to measure its cost
        results.put("seal_events", !"false".equals(System.getProperty("joinedup.event-store.seal-events")));
        results.put("events", settings.events());
        results.put("machine", Machine.describe());
        results.put("started_at", Instant.now().toString());

        List<BsonDocument> sample;
        try (BenchApplication app = BenchApplication.start(data, settings.engine())) {
            long stored = commandWorkload(app);
            progress("pausing the event processors: from here on the engine is measured alone");
            app.bean(EventProcessingConfiguration.class)
                    .eventProcessors()
                    .values()
                    .forEach(EventProcessor::shutDown);
            stored += aggregateLoads(app);
            EventStorageEngine engine = app.bean(EventStorageEngine.class);
            long bulk = Math.max(0, settings.events() - stored);
            progress("appending %,d events straight to the engine", bulk);
            if (bulk > 0) {
                record(
                        "append_events_per_s",
                        round(new BulkHistory(Workload.realistic()).append(engine, bulk, APPEND_THREADS, 1)));
                record("append_measured_events", bulk);
            }
            record("events", stored + bulk);
            storeSize(app, data, stored + bulk);
            progress("an untimed replay of %,d events, to compile the code a replay runs", REPLAY_WARM_UP);
            Measurements.replay(engine, Math.min(stored + bulk, REPLAY_WARM_UP));
            MongoDatabase database = app.bean(MongoDatabase.class);
            sample = Measurements.sample(database, eventCollection(), SAMPLE);
            record("event_document_bytes", Measurements.averageSize(sample));
            progress("raw driver: insertMany of %,d copies of the engine's documents", RAW_DOCUMENTS);
            record("raw_driver_insert_docs_per_s", round(Measurements.rawInsert(database, sample, RAW_DOCUMENTS)));
            progress("raw driver floor: unique random key, durable batches of 50, %,d documents", FLOOR_DOCUMENTS);
            record(
                    "raw_driver_insert_unique_key_durable_docs_per_s",
                    round(Measurements.rawInsertWithUniqueKeyDurably(
                            database, sample, FLOOR_DOCUMENTS, app.bean(Durability.class))));
            if (results.get("append_events_per_s") instanceof Number append) {
                double floor = ((Number) results.get("raw_driver_insert_unique_key_durable_docs_per_s")).doubleValue();
                record("append_share_of_floor", round(append.doubleValue() / floor, 3));
                record("append_share_of_floor_target", APPEND_TARGET_SHARE_OF_FLOOR);
            }
            progress("moving the paused processors' tokens to the head, as if they had kept up");
            moveTokensToHead(app, engine);
        }
        progress("restarting");
        long restart = System.nanoTime();
        try (BenchApplication restarted = BenchApplication.start(data, settings.engine())) {
            record("restart_ready_s", round((System.nanoTime() - restart) / 1e9, 2));
            register(restarted.bean(CommandGateway.class));
            long events = (long) results.get("events");
            progress("replaying %,d events after the restart, with the store's cache cold", events);
            record("replay_events_per_s", round(Measurements.replay(restarted.bean(EventStorageEngine.class), events)));
            progress("raw driver: $in reads of 1,000 ids over its %,d documents, cache as cold", RAW_DOCUMENTS);
            record(
                    "raw_driver_in_read_docs_per_s",
                    round(Measurements.rawInRead(restarted.bean(MongoDatabase.class), RAW_DOCUMENTS)));
            double replay = ((Number) results.get("replay_events_per_s")).doubleValue();
            double ceiling = ((Number) results.get("raw_driver_in_read_docs_per_s")).doubleValue();
            record("replay_share_of_raw_read", round(replay / ceiling, 3));
            record("replay_share_of_raw_read_target", REPLAY_TARGET_SHARE_OF_RAW_READ);
        }
        if (settings.compareEvents() > 0) {
            record("axon_mongo_replay", axonMongoReplay());
        }
        record("finished_at", Instant.now().toString());
        record(
                "load_average_at_end",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * The H2 file's size per stored event, once everything written so far is durable: the events, their
     * indexes, the read models and tokens of the commands' phase, and what compaction has not yet
     * reclaimed (chunks emptied within the chunk retention time are kept).
     */
    private void storeSize(BenchApplication app, Path data, long events) throws IOException {
        app.bean(Durability.class).commit();
        Path file = data.resolve("mongo.mv");
        if (Files.exists(file)) {
            long bytes = Files.size(file);
            record("store_file_bytes", bytes);
            record("store_bytes_per_event", round((double) bytes / events));
        }
    }

    private String eventCollection() {
        return settings.engine().equals(BenchSettings.JOINEDUP) ? "event_commits" : "domainevents";
    }

    /** Keeps a figure, prints it and rewrites the results file, so that a run cut short still says something. */
    private void record(String key, Object value) throws IOException {
        results.put(key, value);
        progress("%s = %s", key, value);
        write();
    }

    /** Returns how many events the commands stored. */
    private long commandWorkload(BenchApplication app) throws InterruptedException, IOException {
        PacedLoad load = new PacedLoad(app.bean(CommandGateway.class), Workload.realistic(), new WorkloadState());
        progress("warming up with 500 commands, then %d s at the measured rate", WARM_UP_SECONDS);
        long stored = load.runClosedLoop(500, 8);
        stored += load.run(settings.commandsPerSecond(), Duration.ofSeconds(WARM_UP_SECONDS))
                .succeeded();
        awaitReadModels(app);
        ProjectionLagProbe probe = app.bean(ProjectionLagProbe.class);
        Latencies lag = new Latencies();
        probe.recordInto(lag);
        progress(
                "sending %d commands/s for %d s through the command gateway",
                settings.commandsPerSecond(), settings.pacedSeconds());
        long cpuBefore = processCpuNanos();
        PacedLoad.Result paced = load.run(settings.commandsPerSecond(), Duration.ofSeconds(settings.pacedSeconds()));
        awaitCount(lag, paced.succeeded());
        record(
                "cpu_ms_per_command_and_its_projection",
                round((processCpuNanos() - cpuBefore) / 1e6 / paced.succeeded(), 2));
        probe.stopRecording();
        record("command_rate_per_s", round(paced.commandsPerSecond()));
        record("command_failures", paced.failures());
        record("command_p50_ms", round(paced.latencies().percentileMillis(50), 2));
        record("command_p99_ms", round(paced.latencies().percentileMillis(99), 2));
        record("projection_lag_p50_ms", round(lag.percentileMillis(50), 2));
        record("projection_lag_p99_ms", round(lag.percentileMillis(99), 2));
        return stored + paced.succeeded();
    }

    /**
     * Returns how many events the two long streams stored. One person gets 1,000 events through the
     * command gateway, snapshotted by the trigger wherever its count falls; the other is appended
     * straight to the engine and snapshotted at sequence number 901, so that 98 events follow the
     * snapshot: the most a trigger every 100 events (the snapshot counts as one) leaves to read.
     */
    private long aggregateLoads(BenchApplication app) throws IOException {
        progress("building two people with %d events each", LONG_STREAM);
        CommandGateway gateway = app.bean(CommandGateway.class);
        PersonId throughGateway = register(gateway);
        for (int note = 1; note < LONG_STREAM; note++) {
            gateway.sendAndWait(new RecordAgencyFact(
                    throughGateway,
                    new FactId(UUID.randomUUID().toString()),
                    new CaseNoteWritten("Note " + note),
                    Practitioners.TODAY,
                    Practitioners.TODAY,
                    Practitioners.EARLY_HELP));
        }
        Snapshotter snapshotter = app.bean(Snapshotter.class);
        String appended = BulkHistory.appendLongStream(
                app.bean(EventStorageEngine.class),
                LONG_STREAM,
                LONG_STREAM - SNAPSHOT_THRESHOLD + 2,
                person -> snapshotter.scheduleSnapshot(personAggregate(), person));
        Repository<?> people = app.bean("personRepository", Repository.class);
        EventStorageEngine engine = app.bean(EventStorageEngine.class);
        Map<String, Object> load = new LinkedHashMap<>();
        load.put("with_snapshot", round(Measurements.medianLoadMillis(people, appended, 50, () -> {}), 2));
        load.put("with_snapshot_events_after_it", eventsAfterSnapshot(engine, appended));
        Runnable dropSnapshot = () -> dropSnapshots(app.bean(MongoDatabase.class), appended);
        load.put("without_snapshot", round(Measurements.medianLoadMillis(people, appended, 20, dropSnapshot), 2));
        load.put(
                "through_gateway_with_trigger_snapshot",
                round(Measurements.medianLoadMillis(people, throughGateway.value(), 50, () -> {}), 2));
        load.put("through_gateway_events_after_snapshot", eventsAfterSnapshot(engine, throughGateway.value()));
        record("aggregate_load_ms_1000_events", load);
        return 2L * LONG_STREAM;
    }

    private static long eventsAfterSnapshot(EventStorageEngine engine, String aggregateId) {
        long last = engine.lastSequenceNumberFor(aggregateId).orElseThrow();
        return engine.readSnapshot(aggregateId)
                .map(snapshot -> last - snapshot.getSequenceNumber())
                .orElse(last + 1);
    }

    private static Class<?> personAggregate() {
        try {
            return Class.forName("uk.joinedup.caseservice.person.domain.Person");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private void dropSnapshots(MongoDatabase database, String aggregateId) {
        if (settings.engine().equals(BenchSettings.JOINEDUP)) {
            database.getCollection("event_snapshots").deleteOne(new Document("_id", aggregateId));
        } else {
            database.getCollection("snapshotevents").deleteMany(new Document("aggregateIdentifier", aggregateId));
        }
    }

    /**
     * Axon's MongoDB engine on a server of its own (the same embedded server, a fresh H2 file): the
     * same history appended, the server reopened so that its cache is as cold as the commit log's was,
     * and replayed.
     */
    private Map<String, Object> axonMongoReplay() throws Exception {
        Path file = settings.directory().resolve("compare-axon-mongo");
        deleteRecursively(file);
        Files.createDirectories(file);
        Serializer serializer = JacksonSerializer.defaultSerializer();
        progress("appending %,d events to Axon's MongoDB engine for the replay comparison", settings.compareEvents());
        try (ComparisonStore store = ComparisonStore.open(file.resolve("mongo.mv"))) {
            new BulkHistory(Workload.realistic())
                    .append(
                            AxonMongoEngineConfiguration.engine(store.database(), serializer, serializer),
                            settings.compareEvents(),
                            8,
                            100);
        }
        progress(
                "replaying %,d events with Axon's MongoDB engine, for at most %d minutes",
                settings.compareEvents(), settings.compareMinutes());
        Map<String, Object> comparison = new LinkedHashMap<>();
        comparison.put("events", settings.compareEvents());
        try (ComparisonStore store = ComparisonStore.open(file.resolve("mongo.mv"))) {
            Measurements.Replay replay = Measurements.replay(
                    AxonMongoEngineConfiguration.engine(store.database(), serializer, serializer),
                    settings.compareEvents(),
                    Duration.ofMinutes(settings.compareMinutes()));
            comparison.put("replayed_events", replay.events());
            comparison.put("replay_seconds", round(replay.seconds(), 1));
            comparison.put("replay_events_per_s", round(replay.eventsPerSecond(), 1));
            comparison.put("complete", replay.events() == settings.compareEvents());
        }
        return comparison;
    }

    private static void moveTokensToHead(BenchApplication app, EventStorageEngine engine) {
        TokenStore tokens = app.bean(TokenStore.class);
        TrackingToken head = engine.createHeadToken();
        for (String processor :
                app.bean(EventProcessingConfiguration.class).eventProcessors().keySet()) {
            for (int segment : tokens.fetchSegments(processor)) {
                tokens.fetchToken(processor, segment);
                tokens.storeToken(head, processor, segment);
                tokens.releaseClaim(processor, segment);
            }
        }
    }

    private static PersonId register(CommandGateway gateway) {
        PersonId person = new PersonId(UUID.randomUUID().toString());
        gateway.sendAndWait(new RegisterPerson(
                person,
                PersonSteps.details(ThreadLocalRandom.current()),
                Practitioners.TODAY,
                Practitioners.EARLY_HELP));
        return person;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Waits until every streaming processor has handled everything stored so far. */
    private static void awaitReadModels(BenchApplication app) throws InterruptedException {
        TrackingToken head = app.bean(EventStore.class).createHeadToken();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline
                && !app.bean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                        .filter(StreamingEventProcessor.class::isInstance)
                        .map(StreamingEventProcessor.class::cast)
                        .flatMap(processor -> processor.processingStatus().values().stream())
                        .allMatch(segment -> segment.getTrackingToken() != null
                                && segment.getTrackingToken().covers(head))) {
            Thread.sleep(50);
        }
    }

    private static void awaitCount(Latencies latencies, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (latencies.count() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private void write() throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.createDirectories(settings.directory());
        String content = json.writeValueAsString(results);
        Files.writeString(settings.directory().resolve("results.json"), content);
        Files.writeString(
                settings.directory().resolve("results-" + settings.engine() + "-" + settings.events() + ".json"),
                content);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void progress(String format, Object... arguments) {
        System.out.printf("[bench %s] %s%n", Instant.now(), String.format(format, arguments));
    }

    private static double round(double value) {
        return Math.round(value);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
