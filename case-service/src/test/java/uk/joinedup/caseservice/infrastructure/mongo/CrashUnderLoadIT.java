package uk.joinedup.caseservice.infrastructure.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.net.ConnectException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.bson.BsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import uk.joinedup.caseservice.infrastructure.eventstore.OpenedEvents;

/**
 * Twelve keyworkers each write ten case notes through the API at once; case-service is killed with
 * SIGKILL in the middle and started again on the same files. Then every acknowledged note is in the
 * event store and in the person's record (none lost), and every note stored was either acknowledged or
 * still unanswered when the process died (none invented, none twice). Only the event store's own
 * commits make writes durable here: the scheduled commit is an hour away.
 */
class CrashUnderLoadIT {

    private static final int WRITERS = 12;
    private static final int ROUNDS = 10;
    private static final int KILL_AFTER_ACKNOWLEDGED = WRITERS * ROUNDS / 3;

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
    void keepsEveryAcknowledgedWriteAndNothingElseWhenKilledUnderLoad() throws Exception {
        int port = CaseServiceProcess.freePort();
        int mongoPort = CaseServiceProcess.freePort();
        service = start(port, mongoPort, "first");
        RestClient api = KeyworkerCalls.api(port);
        List<String> people = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            people.add(KeyworkerCalls.registerSharonPrice(api, "1975-08-08"));
        }

        Notes notes = new Notes();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int writer = 0; writer < WRITERS; writer++) {
            String personId = people.get(writer);
            int w = writer;
            writers.submit(() -> writeNotes(writingClient(port), personId, w, notes));
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (notes.acknowledged.size() < KILL_AFTER_ACKNOWLEDGED && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        service.kill();
        writers.shutdown();
        assertThat(writers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        assertThat(notes.acknowledged)
                .as("killed in the middle of the load")
                .hasSizeGreaterThanOrEqualTo(KILL_AFTER_ACKNOWLEDGED)
                .hasSizeLessThan(WRITERS * ROUNDS);
        assertThat(notes.inFlight)
                .as("requests unanswered when the process died")
                .isNotEmpty();
        assertThat(notes.refused).as("writes refused before the kill").isEmpty();

        service = start(port, mongoPort, "second");
        List<String> stored = storedNotes(mongoPort);
        System.out.printf(
                "Killed under load: %d notes acknowledged, %d in flight; after the restart %d stored%n",
                notes.acknowledged.size(), notes.inFlight.size(), stored.size());

        assertThat(new HashSet<>(stored)).as("no note stored twice").hasSameSizeAs(stored);
        assertThat(stored).as("every acknowledged note is stored").containsAll(notes.acknowledged);
        Set<String> acknowledgedOrInFlight = new HashSet<>(notes.acknowledged);
        acknowledgedOrInFlight.addAll(notes.inFlight);
        assertThat(acknowledgedOrInFlight)
                .as("every stored note was acknowledged or in flight")
                .containsAll(stored);
        for (int writer = 0; writer < WRITERS; writer++) {
            String prefix = "writer " + writer + " ";
            Set<String> storedForPerson = new HashSet<>(stored);
            storedForPerson.removeIf(text -> !text.startsWith(prefix));
            assertThat(notesInRecord(port, people.get(writer), storedForPerson))
                    .as("the record of writer %d's person, after the read models caught up", writer)
                    .isEqualTo(storedForPerson);
        }
    }

    private static void writeNotes(RestClient api, String personId, int writer, Notes notes) {
        for (int round = 0; round < ROUNDS; round++) {
            String text = "writer " + writer + " round " + round;
            notes.inFlight.add(text);
            try {
                int status = api.post()
                        .uri("/api/people/{id}/facts", personId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of(
                                "occurredOn", "2026-11-02", "fact", Map.of("type", "CaseNoteWritten", "text", text)))
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode()
                        .value();
                notes.inFlight.remove(text);
                (status / 100 == 2 ? notes.acknowledged : notes.refused).add(text);
            } catch (ResourceAccessException processDied) {
                if (processDied.getCause() instanceof ConnectException) {
                    notes.inFlight.remove(text); // never sent
                }
                return; // otherwise the note stays in flight: it may or may not have been stored
            }
        }
    }

    /** The keyworker's client without Spring's status exceptions, that gives up on a dead server. */
    private static RestClient writingClient(int port) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(5));
        requests.setReadTimeout(Duration.ofSeconds(60));
        return KeyworkerCalls.api(port)
                .mutate()
                .requestFactory(requests)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
    }

    /** The text of every case note in the event store (sealed: opened with its keys), read through the restarted service's server. */
    private List<String> storedNotes(int mongoPort) {
        List<String> texts = new ArrayList<>();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + mongoPort)) {
            for (OpenedEvents.OpenedEvent event :
                    OpenedEvents.in(client.getDatabase("joinedup-case"), masterKeysDir())) {
                BsonValue fact = event.payload().get("fact");
                if (fact != null
                        && "CaseNoteWritten"
                                .equals(fact.asDocument().getString("type").getValue())) {
                    texts.add(fact.asDocument().getString("text").getValue());
                }
            }
        }
        return texts;
    }

    private Path masterKeysDir() {
        return Path.of(dataDir + "-keys");
    }

    /** The notes the person's record shows once it holds all of {@code expected}, or after 60 s. */
    private static Set<String> notesInRecord(int port, String personId, Set<String> expected) {
        Set<String> shown = Set.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!shown.containsAll(expected) && System.nanoTime() < deadline) {
            JsonNode person = KeyworkerCalls.readPerson(port, personId);
            shown = person == null
                    ? Set.of()
                    : new HashSet<>(person.get("entries").findValuesAsText("text"));
            if (!shown.containsAll(expected)) {
                CaseServiceProcess.sleep(200);
            }
        }
        return shown;
    }

    private CaseServiceProcess start(int port, int mongoPort, String run) {
        return CaseServiceProcess.start(
                "crash-under-load",
                run,
                port,
                List.of(
                        "--joinedup.mongo.data-dir=" + dataDir,
                        "--joinedup.mongo.embedded-port=" + mongoPort,
                        "--joinedup.mongo.commit-interval=1h"));
    }

    /** What became of each note: answered 2xx, answered otherwise, or unanswered when the process died. */
    private static final class Notes {
        final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        final Set<String> refused = ConcurrentHashMap.newKeySet();
        final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    }
}
