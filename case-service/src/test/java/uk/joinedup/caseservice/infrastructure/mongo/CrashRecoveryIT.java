package uk.joinedup.caseservice.infrastructure.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.client.RestClient;
import uk.joinedup.caseservice.infrastructure.security.TestIssuer;

/**
 * Kills case-service (SIGKILL, no shutdown hook, no final H2 commit) straight after it acknowledged a
 * write, starts it again on the same data directory, and finds the write there: acknowledged events
 * survive a crash of the process. Runs the packaged jar, as production does.
 */
class CrashRecoveryIT {

    @TempDir
    Path dataDir;

    private Process service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.destroyForcibly();
        }
    }

    @Test
    void keepsAcknowledgedWritesWhenTheProcessIsKilled() throws Exception {
        int port = freePort();
        service = start(port, "first");
        RestClient api = KeyworkerCalls.api(port);
        String personId = KeyworkerCalls.registerSharonPrice(api, "1975-08-08");
        KeyworkerCalls.recordFact(
                api,
                personId,
                Map.of("type", "JobStarted", "employer", "Lordshill Community Cafe", "hoursPerWeek", 16));

        service.destroyForcibly().waitFor();

        service = start(port, "second");
        // The events are in the store; read models may replay the last moments before the crash.
        List<String> kinds = List.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!kinds.contains("JobStarted") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            JsonNode person = readPerson(port, personId);
            kinds = person == null ? List.of() : person.get("entries").findValuesAsText("kind");
        }
        assertThat(kinds).contains("PersonRegistered", "JobStarted");
    }

    private Process start(int port, String run) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("case-service.jar", "target/case-service.jar"));
        assertThat(jar).as("the packaged service (mvn package builds it)").exists();
        Path log = Files.createDirectories(Path.of("target", "crash-recovery")).resolve(run + ".log");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx384m",
                        "-jar",
                        jar.toString(),
                        "--server.port=" + port,
                        "--joinedup.mongo.data-dir=" + dataDir,
                        // only the event store's own commits make writes durable in this test
                        "--joinedup.mongo.commit-interval=1h",
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIssuer.ISSUER,
                        "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestIssuer.jwkSetUri())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Process process = builder.start();
        awaitReady(process, port, log);
        return process;
    }

    private static void awaitReady(Process process, int port, Path log) throws InterruptedException {
        RestClient health = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
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
            } catch (org.springframework.web.client.ResourceAccessException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("case-service did not become ready: see " + log);
    }

    private static JsonNode readPerson(int port, String personId) {
        RestClient tolerant = KeyworkerCalls.api(port)
                .mutate()
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
        var response =
                tolerant.get().uri("/api/people/{id}", personId).retrieve().toEntity(JsonNode.class);
        return response.getStatusCode().is2xxSuccessful() ? response.getBody() : null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
