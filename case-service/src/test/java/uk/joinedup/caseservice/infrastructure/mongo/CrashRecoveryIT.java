package uk.joinedup.caseservice.infrastructure.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.client.RestClient;

/**
 * Kills case-service (SIGKILL, no shutdown hook, no final H2 commit) straight after it acknowledged a
 * write, starts it again on the same data directory, and finds the write there, in its read models too.
 * {@link CrashUnderLoadIT} does the same under concurrent load.
 */
class CrashRecoveryIT {

    @TempDir
    Path dataDir;

    private CaseServiceProcess service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void keepsAcknowledgedWritesWhenTheProcessIsKilled() throws Exception {
        int port = CaseServiceProcess.freePort();
        service = start(port, "first");
        RestClient api = KeyworkerCalls.api(port);
        String personId = KeyworkerCalls.registerSharonPrice(api, "1975-08-08");
        KeyworkerCalls.recordFact(
                api,
                personId,
                Map.of("type", "JobStarted", "employer", "Lordshill Community Cafe", "hoursPerWeek", 16));

        service.kill();

        service = start(port, "second");
        // The events are in the store; read models may replay the last moments before the crash.
        List<String> kinds = List.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!kinds.contains("JobStarted") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            JsonNode person = KeyworkerCalls.readPerson(port, personId);
            kinds = person == null ? List.of() : person.get("entries").findValuesAsText("kind");
        }
        assertThat(kinds).contains("PersonRegistered", "JobStarted");
    }

    private CaseServiceProcess start(int port, String run) {
        return CaseServiceProcess.start(
                "crash-recovery",
                run,
                port,
                List.of(
                        "--joinedup.mongo.data-dir=" + dataDir,
                        // only the event store's own commits make writes durable in this test
                        "--joinedup.mongo.commit-interval=1h"));
    }
}
