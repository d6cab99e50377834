package uk.joinedup.caseservice.infrastructure.eventstore.bench;

import java.nio.file.Path;

/**
 * What to measure, from system properties (the {@code bench} Maven profile passes them on).
 *
 * @param events how many events the store holds when replay and restart are measured
 * @param engine {@code joinedup} (the commit-log engine) or {@code axon-mongo} (Axon's MongoDB engine)
 * @param compareEvents if above zero, also replay this many events with Axon's MongoDB engine on the
 *     same server, in this run
 * @param compareMinutes how long Axon's replay may run before it is stopped and its rate so far taken
 * @param commandsPerSecond the rate of the paced command load
 * @param pacedSeconds how long the paced command load runs
 * @param directory where the store lives and the results are written
 */
record BenchSettings(
        long events,
        String engine,
        long compareEvents,
        int compareMinutes,
        int commandsPerSecond,
        int pacedSeconds,
        Path directory) {

    static final String JOINEDUP = "joinedup";
    static final String AXON_MONGO = "axon-mongo";

    static BenchSettings fromSystemProperties() {
        BenchSettings settings = new BenchSettings(
                Long.getLong("bench.events", 100_000),
                System.getProperty("bench.engine", JOINEDUP),
                Long.getLong("bench.compare.events", 0),
                Integer.getInteger("bench.compare.minutes", 10),
                Integer.getInteger("bench.rate", 200),
                Integer.getInteger("bench.paced.seconds", 30),
                Path.of(System.getProperty("bench.dir", "target/bench")));
        if (!settings.engine().equals(JOINEDUP) && !settings.engine().equals(AXON_MONGO)) {
            throw new IllegalArgumentException("bench.engine must be " + JOINEDUP + " or " + AXON_MONGO);
        }
        return settings;
    }
}
