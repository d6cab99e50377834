package uk.joinedup.caseservice.infrastructure.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The master key changes every thirty days, every key is wrapped again under the new one, and each check says so. */
@ExtendWith(OutputCaptureExtension.class)
class MasterKeyRotationTest {

    private static final Instant BEGAN = Instant.parse("2026-12-04T10:00:00Z");
    private static final Duration EVERY = Duration.ofDays(30);

    @TempDir
    Path masterKeysDir;

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private FileMasterKeys masterKeys;
    private MongoSubjectKeys keys;

    @BeforeEach
    void start() {
        server = new MongoServer(H2Backend.inMemory());
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        database = client.getDatabase("case");
        masterKeys = FileMasterKeys.openOrCreate(masterKeysDir);
        keys = new MongoSubjectKeys(database, masterKeys, Clock.fixed(BEGAN, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void theFirstCheckRecordsTheFirstGenerationAndItsKeysAndChangesNothing(CapturedOutput output) {
        keys.keyFor("person/p-1");
        keys.keyFor("person/p-2");

        rotationAt(BEGAN.plus(Duration.ofDays(3))).check();

        assertThat(masterKeys.currentGeneration()).isEqualTo(1);
        assertThat(recorded()).containsExactly(Map.entry(1, "began 2026-12-07T10:00:00Z, 2 keys"));
        assertThat(output.getOut()).doesNotContain("Wrapped", "began;");
    }

    @Test
    void anInstanceChecksUnderTheGenerationAnotherBeganAndWrapsItsKeysAgainUnderIt() {
        keys.keyFor("person/p-1");
        rotationAt(BEGAN).check();
        FileMasterKeys elsewhere = FileMasterKeys.openExisting(masterKeysDir);
        elsewhere.rotate();

        rotationAt(BEGAN.plus(Duration.ofDays(1))).check();

        assertThat(masterKeys.currentGeneration()).isEqualTo(2);
        assertThat(recorded())
                .containsEntry(1, "began 2026-12-04T10:00:00Z, 0 keys")
                .containsEntry(2, "began 2026-12-05T10:00:00Z, 1 keys");
    }

    @Test
    void aGenerationDueBeginsTheNextAndEveryKeyIsWrappedAgainUnderIt(CapturedOutput output) {
        List<SubjectKey> before = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            before.add(keys.keyFor("person/p-" + i));
        }
        keys.destroy("person/p-4", "erasure-4");
        rotationAt(BEGAN).check();

        rotationAt(BEGAN.plus(EVERY).minusSeconds(1)).check();
        int notYet = masterKeys.currentGeneration();
        rotationAt(BEGAN.plus(EVERY)).check();

        assertThat(notYet).isEqualTo(1);
        assertThat(masterKeys.currentGeneration()).isEqualTo(2);
        assertThat(recorded())
                .containsExactly(
                        Map.entry(1, "began 2026-12-04T10:00:00Z, 0 keys"),
                        Map.entry(2, "began 2027-01-03T10:00:00Z, 4 keys"));
        assertThat(output.getOut())
                .contains("Master key generation 2 began", "Wrapped 4 keys again under master key generation 2");
        MongoSubjectKeys afterwards =
                new MongoSubjectKeys(database, FileMasterKeys.openExisting(masterKeysDir), Clock.systemUTC());
        for (int i = 0; i < 4; i++) {
            assertThat(afterwards.keyFor("person/p-" + i).secret().getEncoded())
                    .isEqualTo(before.get(i).secret().getEncoded());
        }
    }

    @Test
    void aKeyWrappedUnderAnOlderGenerationByAnInstanceThatHadNotYetSeenTheNewOneIsWrappedAgainAtTheNextCheck() {
        rotationAt(BEGAN).check();
        FileMasterKeys lagging = FileMasterKeys.openExisting(masterKeysDir);
        rotationAt(BEGAN.plus(EVERY)).check();

        new MongoSubjectKeys(database, lagging, Clock.fixed(BEGAN, ZoneOffset.UTC)).keyFor("person/late");
        Map<Integer, String> afterTheLateKey = recorded();
        rotationAt(BEGAN.plus(EVERY).plus(Duration.ofHours(1))).check();

        assertThat(afterTheLateKey).containsEntry(1, "began 2026-12-04T10:00:00Z, 0 keys");
        assertThat(recorded())
                .containsEntry(1, "began 2026-12-04T10:00:00Z, 0 keys")
                .containsEntry(2, "began 2027-01-03T10:00:00Z, 1 keys");
    }

    private MasterKeyRotation rotationAt(Instant now) {
        return new MasterKeyRotation(masterKeys, keys, database, EVERY, Clock.fixed(now, ZoneOffset.UTC));
    }

    /** Each generation recorded: when it began and the keys it wrapped at the last check. */
    private Map<Integer, String> recorded() {
        Map<Integer, String> recorded = new TreeMap<>();
        for (BsonDocument generation : database.getCollection(MasterKeyRotation.COLLECTION, BsonDocument.class)
                .find()) {
            recorded.put(
                    generation.getInt32("_id").getValue(),
                    "began "
                            + Instant.ofEpochMilli(
                                    generation.getDateTime("beganAt").getValue()) + ", "
                            + generation.getInt32("keys").getValue() + " keys");
        }
        return recorded;
    }
}
