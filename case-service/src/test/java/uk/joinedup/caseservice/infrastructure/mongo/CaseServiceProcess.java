package uk.joinedup.caseservice.infrastructure.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import uk.joinedup.caseservice.infrastructure.security.TestIssuer;

/**
 * case-service as production runs it: the packaged jar in a JVM of its own, trusting {@link TestIssuer}
 * for tokens and its staff directory. It can be killed (SIGKILL on Linux: no shutdown hook, no final
 * commit) and started again on the same data directory. Its output goes to {@code target/<folder>/}.
 */
public final class CaseServiceProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private CaseServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the service on {@code port} with these further arguments ({@code --name=value}) and waits
     * until it is ready.
     */
    public static CaseServiceProcess start(String folder, String run, int port, List<String> arguments) {
        Path jar = Path.of(System.getProperty("case-service.jar", "target/case-service.jar"));
        assertThat(jar).as("the packaged service (mvn package builds it)").exists();
        try {
            Path log = Files.createDirectories(Path.of("target", folder)).resolve(run + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m",
                    "-XX:TieredStopAtLevel=1",
                    "-jar",
                    jar.toString(),
                    "--server.port=" + port));
            issuerProperties().forEach((name, value) -> command.add("--" + name + "=" + value));
            command.addAll(arguments);
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            CaseServiceProcess service = new CaseServiceProcess(process, port, log);
            service.awaitReady();
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The issuer, its keys and its staff directory, as TestIssuer gives them to in-process tests. */
    private static Map<String, Object> issuerProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        TestIssuer.register(new DynamicPropertyRegistry() {
            @Override
            public void add(String name, Supplier<Object> valueSupplier) {
                properties.put(name, valueSupplier.get());
            }
        });
        return properties;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    /** The process id; the service names its event processors' claims after it ("pid@host"). */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: the process ends at once, whatever it was doing. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady() {
        RestClient health = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive())
                    .as("case-service is running (see " + log + ")")
                    .isTrue();
            try {
                if (health.get()
                        .uri("/actuator/health/readiness")
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode()
                        .is2xxSuccessful()) {
                    return;
                }
            } catch (ResourceAccessException notYet) {
                // not listening yet
            }
            sleep(200);
        }
        throw new AssertionError("case-service did not become ready: see " + log);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
