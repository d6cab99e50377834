package uk.joinedup.webui.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three services started from their built jars, as separate processes on free ports, each on an
 * in-memory embedded MongoDB, with the demo directory loaded; web-ui's sessions time out after {@link
 * #IDLE_TIMEOUT}. Started once per test JVM and stopped when it exits. Service logs go to {@code target/e2e-logs}.
 *
 * <p>While working on pages, point the tests at a system already running with demo data instead:
 * {@code -De2e.web-url=http://localhost:8080 -De2e.identity-url=http://localhost:9000}.
 *
 * <p>The scale benchmark starts its own through {@link #startForBenchmark}: the embedded store on files,
 * the services' own session and token lifetimes.
 */
public final class RunningSystem {

    public static final String DEMO_PASSWORD = "joined-up-demo";

    /**
     * web-ui's idle timeout and its warning, short enough for a test to wait for both (a page opens the
     * warning after 30 seconds without a request), long enough for no other test to meet them.
     */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(75);

    static final Duration TIMEOUT_WARNING = Duration.ofSeconds(40);

    /**
     * How long identity-service's access tokens live (5 minutes in production): short, so that web-ui
     * refreshes them during every longer test (it does so a minute before they expire).
     */
    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofSeconds(80);

    public static final String CLIENT_SECRET = "end-to-end-test-secret";

    /** The services, in the order they are started. */
    private static final List<String> SERVICES = List.of("identity-service", "case-service", "web-ui");

    private static RunningSystem started;

    private final int identityPort = freePort();
    private final int casePort = freePort();
    private final int webPort = freePort();
    private final List<Process> processes = new ArrayList<>();
    private Duration startTimeout = Duration.ofMinutes(3);

    private final String webUrl = System.getProperty("e2e.web-url", "http://localhost:" + webPort);
    private final String identityUrl = System.getProperty("e2e.identity-url", "http://localhost:" + identityPort);
    private final String caseServiceUrl = System.getProperty("e2e.case-service-url", "http://localhost:" + casePort);

    static synchronized RunningSystem get() {
        if (started == null) {
            started = new RunningSystem();
            if (System.getProperty("e2e.web-url") == null) {
                started.start();
                Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
            }
        }
        return started;
    }

    /**
     * A system of its own for the scale benchmark, stopped by {@link #stop} or when the JVM exits: each
     * service's embedded store on a file under {@code dataDirectory} (as in production, not in memory),
     * the services' own session and access token lifetimes, and {@code environment} added to every
     * service's environment (e.g. a higher search limit).
     */
    public static RunningSystem startForBenchmark(Path dataDirectory, Map<String, String> environment) {
        RunningSystem system = new RunningSystem();
        system.startTimeout = Duration.ofMinutes(10); // a shared, loaded machine takes minutes
        Map<String, String> onFiles = new HashMap<>(environment);
        onFiles.put("JOINEDUP_MONGO_INMEMORY", "false");
        onFiles.put("DATA_DIR", dataDirectory.toAbsolutePath().toString());
        Runtime.getRuntime().addShutdownHook(new Thread(system::stop));
        system.start(onFiles, false);
        return system;
    }

    public String webUrl() {
        return webUrl;
    }

    public String identityUrl() {
        return identityUrl;
    }

    public String caseServiceUrl() {
        return caseServiceUrl;
    }

    /** The process id of each service started, by service name (none when pointed at a running system). */
    public Map<String, Long> processIds() {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (int i = 0; i < processes.size(); i++) {
            ids.put(SERVICES.get(i), processes.get(i).pid());
        }
        return ids;
    }

    private void start() {
        start(Map.of(), true);
    }

    private void start(Map<String, String> overrides, boolean testLifetimes) {
        Map<String, String> common = new HashMap<>(Map.of(
                "WEB_CLIENT_SECRET",
                CLIENT_SECRET,
                "ISSUER_URL",
                identityUrl(),
                "WEB_UI_URL",
                webUrl(),
                "CASE_SERVICE_URL",
                caseServiceUrl,
                "JOINEDUP_MONGO_INMEMORY",
                "true",
                "DEMO_DATA",
                "true"));
        common.putAll(overrides);
        Map<String, String> identity = new HashMap<>(common);
        if (testLifetimes) {
            identity.put("JOINEDUP_IDENTITY_ACCESSTOKENTIMETOLIVE", ACCESS_TOKEN_LIFETIME.toSeconds() + "s");
        }
        launch("identity-service", identityPort, identity);
        launch("case-service", casePort, common);
        Map<String, String> web = new HashMap<>(common);
        if (testLifetimes) {
            web.put("SESSION_IDLE_TIMEOUT", IDLE_TIMEOUT.toSeconds() + "s");
            web.put("SESSION_TIMEOUT_WARNING", TIMEOUT_WARNING.toSeconds() + "s");
        }
        launch("web-ui", webPort, web);
        awaitHealthy(identityPort);
        awaitHealthy(casePort);
        awaitHealthy(webPort);
    }

    private void launch(String service, int port, Map<String, String> environment) {
        Path jar = Path.of(System.getProperty(service + ".jar", "../" + service + "/target/" + service + ".jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(
                    jar.toAbsolutePath() + " is missing: build it first (./mvnw verify builds all)");
        }
        try {
            Path logs = Files.createDirectories(Path.of("target", "e2e-logs"));
            ProcessBuilder builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx512m",
                            "-jar",
                            jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(logs.resolve(service + ".log").toFile());
            builder.environment().putAll(environment);
            builder.environment().put("PORT", String.valueOf(port));
            processes.add(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + service, e);
        }
    }

    private void awaitHealthy(int port) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .build();
        long deadline = System.nanoTime() + startTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            processes.stream().filter(process -> !process.isAlive()).findFirst().ifPresent(dead -> {
                throw new IllegalStateException("A service exited during start-up: see target/e2e-logs");
            });
            sleep();
        }
        throw new IllegalStateException("Port " + port + " did not become ready: see target/e2e-logs");
    }

    /** Stops the services started (each shuts down gracefully, closing its store's file). */
    public synchronized void stop() {
        processes.forEach(Process::destroy);
        processes.forEach(process -> {
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
