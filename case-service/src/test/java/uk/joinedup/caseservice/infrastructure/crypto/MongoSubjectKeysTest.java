package uk.joinedup.caseservice.infrastructure.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Subject keys in {@code subject_keys} on the embedded server, wrapped by master keys in a directory. */
class MongoSubjectKeysTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:15:30Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path masterKeysDir;

    private final List<BsonDocument> finds = new CopyOnWriteArrayList<>();
    private final List<String> writes = new CopyOnWriteArrayList<>();
    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;

    @BeforeEach
    void start() {
        server = new MongoServer(H2Backend.inMemory());
        CommandListener findsSeen = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("find")) {
                    finds.add(event.getCommand().getDocument("filter").clone());
                } else if (List.of("insert", "update", "delete").contains(event.getCommandName())) {
                    writes.add(event.getCommandName());
                }
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(
                        "mongodb://127.0.0.1:" + server.bind().getPort()))
                .addCommandListener(findsSeen)
                .build());
        database = client.getDatabase("keys");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void createsAKeyOnceWrappedAndReadsTheSameKeyBack() {
        SubjectKeys keys = store();

        SubjectKey created = keys.keyFor("person/p-1");
        SubjectKey again = store().keyFor("person/p-1");

        assertSameKey(created, again);
        BsonDocument stored = stored("person/p-1");
        assertThat(stored.keySet()).containsExactly("generation", "wrapped", "createdAt");
        assertThat(stored.getInt32("generation").getValue()).isEqualTo(1);
        assertThat(stored.getDateTime("createdAt").getValue()).isEqualTo(NOW.toEpochMilli());
        byte[] wrapped = stored.getBinary("wrapped").getData();
        assertThat(wrapped).hasSize(60);
        assertThat(HexFormat.of().formatHex(wrapped)).doesNotContain(hex(created));
    }

    @Test
    void eachSubjectHasAKeyOfItsOwn() {
        SubjectKeys keys = store();
        SubjectKey one = keys.keyFor("person/p-1");
        SubjectKey other = keys.keyFor("person/p-2");
        byte[] associatedData = new byte[0];

        Aes256Gcm.Envelope sealed = Aes256Gcm.seal(one, "Tom Hill".getBytes(StandardCharsets.UTF_8), associatedData);

        assertThatThrownBy(() -> Aes256Gcm.open(other, sealed, associatedData)).isInstanceOf(EnvelopeTampered.class);
    }

    @Test
    void creatorsRacingOnTwoInstancesAgreeOnTheKey() throws Exception {
        MongoSubjectKeys first = store();
        MongoSubjectKeys second = store();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 30; i++) {
                String keyId = "person/race-" + i;
                CyclicBarrier together = new CyclicBarrier(2);
                Future<SubjectKey> one = threads.submit(() -> {
                    together.await();
                    return first.keyFor(keyId);
                });
                Future<SubjectKey> other = threads.submit(() -> {
                    together.await();
                    return second.keyFor(keyId);
                });

                assertSameKey(one.get(), other.get());
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(entriesStored()).isEqualTo(30);
    }

    @Test
    void tellsADestroyedKeyFromAMissingOne() {
        SubjectKeys keys = store();
        SubjectKey present = keys.keyFor("person/present");
        keys.keyFor("person/erased");
        keys.destroy("person/erased", "erasure-1");

        Map<String, KeyState> found = keys.find(List.of("person/present", "person/erased", "person/unknown"));

        assertThat(found).containsOnlyKeys("person/present", "person/erased", "person/unknown");
        assertThat(found.get("person/present"))
                .isInstanceOfSatisfying(KeyState.Present.class, state -> assertSameKey(state.key(), present));
        assertThat(found.get("person/erased")).isEqualTo(new KeyState.Destroyed("erasure-1"));
        assertThat(found.get("person/unknown")).isEqualTo(new KeyState.Missing());
    }

    @Test
    void findsEveryKeyAskedForInListsOfAHundred() {
        SubjectKeys keys = store();
        List<String> asked =
                IntStream.range(0, 250).mapToObj(i -> "person/p-" + i).toList();
        asked.subList(0, 200).forEach(keys::keyFor);
        asked.subList(180, 200).forEach(keyId -> keys.destroy(keyId, "erasure-" + keyId));
        SubjectKeys cold = store();
        finds.clear();

        Map<String, KeyState> found = cold.find(asked);

        assertThat(found).containsOnlyKeys(asked);
        assertThat(asked.subList(0, 180)).allSatisfy(keyId -> assertThat(found.get(keyId))
                .isInstanceOfSatisfying(
                        KeyState.Present.class,
                        state -> assertThat(state.key().keyId()).isEqualTo(keyId)));
        assertThat(asked.subList(180, 200)).allSatisfy(keyId -> assertThat(found.get(keyId))
                .isEqualTo(new KeyState.Destroyed("erasure-" + keyId)));
        assertThat(asked.subList(200, 250))
                .allSatisfy(keyId -> assertThat(found.get(keyId)).isEqualTo(new KeyState.Missing()));
        assertThat(finds)
                .extracting(filter -> filter.getDocument("_id").getArray("$in").size())
                .containsExactly(100, 100, bucketsOf(asked) - 200);
    }

    @Test
    void findsTheBucketsOfAHundredKeysInOneQueryAndNoKeyInNone() {
        SubjectKeys keys = store();
        List<String> asked =
                IntStream.range(0, 100).mapToObj(i -> "family/f-" + i).toList();
        finds.clear();

        Map<String, KeyState> found = keys.find(asked);
        Map<String, KeyState> none = keys.find(List.of());

        assertThat(found).hasSize(100).allSatisfy((keyId, state) -> assertThat(state)
                .isEqualTo(new KeyState.Missing()));
        assertThat(none).isEmpty();
        assertThat(finds)
                .extracting(filter -> filter.getDocument("_id").getArray("$in").size())
                .containsExactly(bucketsOf(asked));
    }

    @Test
    void aKeyAskedForTwiceIsFoundOnce() {
        SubjectKeys keys = store();
        keys.keyFor("person/p-1");
        SubjectKeys cold = store();
        finds.clear();

        Map<String, KeyState> found = cold.find(List.of("person/p-1", "person/p-1"));

        assertThat(found).containsOnlyKeys("person/p-1");
        assertThat(finds)
                .extracting(filter -> filter.getDocument("_id").getArray("$in").size())
                .containsExactly(1);
    }

    @Test
    void destroyingLeavesATombstoneWithoutKeyMaterialAndKeepsTheFirstErasure() {
        SubjectKeys keys = store();
        keys.keyFor("person/p-1");

        keys.destroy("person/p-1", "erasure-1");
        keys.destroy("person/p-1", "erasure-2");

        BsonDocument stored = stored("person/p-1");
        assertThat(stored.keySet()).containsExactly("destroyedAt", "erasure");
        assertThat(stored.getString("erasure").getValue()).isEqualTo("erasure-1");
        assertThat(stored.getDateTime("destroyedAt").getValue()).isEqualTo(NOW.toEpochMilli());
        assertThat(keys.find(List.of("person/p-1"))).containsEntry("person/p-1", new KeyState.Destroyed("erasure-1"));
    }

    @Test
    void nothingIsSealedForAnErasedSubject() {
        SubjectKeys keys = store();
        keys.keyFor("person/p-1");
        keys.destroy("person/p-1", "erasure-1");

        assertThatThrownBy(() -> store().keyFor("person/p-1"))
                .isInstanceOfSatisfying(SubjectKeyDestroyed.class, destroyed -> {
                    assertThat(destroyed.keyId()).isEqualTo("person/p-1");
                    assertThat(destroyed.erasure()).isEqualTo("erasure-1");
                })
                .hasMessageContaining("person/p-1");
        assertThat(stored("person/p-1").keySet()).doesNotContain("wrapped");
    }

    @Test
    void aKeyNeverCreatedCanBeDestroyedAndIsThenNeverCreated() {
        SubjectKeys keys = store();

        keys.destroy("candidate/c-1", "erasure-1");

        assertThat(keys.find(List.of("candidate/c-1")))
                .containsEntry("candidate/c-1", new KeyState.Destroyed("erasure-1"));
        assertThatThrownBy(() -> keys.keyFor("candidate/c-1")).isInstanceOf(SubjectKeyDestroyed.class);
    }

    @Test
    void aKeyWrappedByTheOlderGenerationStillOpensAfterANewOne() throws IOException {
        SubjectKey underFirst = store().keyFor("person/p-1");
        FileMasterKeysTest.writeMasterKey(masterKeysDir, 2);

        MongoSubjectKeys afterRotation = store();
        SubjectKey created = afterRotation.keyFor("person/p-2");

        assertThat(afterRotation.find(List.of("person/p-1")).get("person/p-1"))
                .isInstanceOfSatisfying(KeyState.Present.class, state -> assertSameKey(state.key(), underFirst));
        assertSameKey(afterRotation.keyFor("person/p-1"), underFirst);
        assertThat(stored("person/p-2").getInt32("generation").getValue()).isEqualTo(2);
        assertThat(stored("person/p-1").getInt32("generation").getValue()).isEqualTo(1);
        assertSameKey(store().keyFor("person/p-2"), created);
    }

    @Test
    void aMissingMasterKeyGenerationFailsClearly() throws IOException {
        SubjectKey key = store().keyFor("person/p-1");
        FileMasterKeysTest.writeMasterKey(masterKeysDir, 2);
        Files.delete(masterKeysDir.resolve("kek-1.key"));

        MongoSubjectKeys withoutTheFirst = store();

        assertThatThrownBy(() -> withoutTheFirst.find(List.of("person/p-1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("master key generation 1")
                .message()
                .doesNotContain(hex(key))
                .doesNotContain(base64(key));
        assertThatThrownBy(() -> withoutTheFirst.keyFor("person/p-1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("master key generation 1");
    }

    @Test
    void holdsAnythingOnceAKeyOrTombstoneIsStored() {
        assertThat(MongoSubjectKeys.holdsAny(database)).isFalse();

        store().destroy("person/p-1", "erasure-1");

        assertThat(MongoSubjectKeys.holdsAny(database)).isTrue();
    }

    @Test
    void noKeyBytesInTheKeysNameOrInTheStoresExceptions() {
        SubjectKeys keys = store();
        SubjectKey key = keys.keyFor("person/p-1");
        keys.destroy("person/p-1", "erasure-1");
        List<String> texts = new ArrayList<>();
        texts.add(key.toString());
        texts.add(new KeyState.Present(key).toString());
        texts.add(catchMessage(() -> keys.keyFor("person/p-1")));
        byte[] sealed = Aes256Gcm.seal(key, "Tom Hill".getBytes(StandardCharsets.UTF_8), new byte[0])
                .ciphertext();
        texts.add(catchMessage(() -> Aes256Gcm.open(key, new Aes256Gcm.Envelope(new byte[12], sealed), new byte[0])));

        assertThat(key.toString()).isEqualTo("SubjectKey[person/p-1]");
        assertThat(texts).allSatisfy(text -> assertThat(text)
                .isNotBlank()
                .doesNotContainIgnoringCase(hex(key))
                .doesNotContain(base64(key))
                .doesNotContain(
                        Base64.getUrlEncoder().encodeToString(key.secret().getEncoded())));
    }

    @Test
    void keysOfOneBucketAreReadInOneDocumentAndRememberedAfterwards() {
        List<String> asked =
                IntStream.range(0, 3000).mapToObj(i -> "person/p-" + i).toList();
        SubjectKeys writer = store();
        asked.forEach(writer::keyFor);
        SubjectKey written = writer.keyFor("person/p-7");
        MongoSubjectKeys reader = store();
        finds.clear();

        Map<String, KeyState> found = reader.find(asked);
        Map<String, KeyState> again = reader.find(asked);
        SubjectKey one = reader.keyFor("person/p-7");

        assertThat(found.values()).hasSize(3000).allSatisfy(state -> assertThat(state)
                .isInstanceOf(KeyState.Present.class));
        assertThat(again.values()).allSatisfy(state -> assertThat(state).isInstanceOf(KeyState.Present.class));
        assertSameKey(one, written);
        int buckets = bucketsOf(asked);
        assertThat(buckets).as("3,000 numbered ids spread over the buckets").isGreaterThan(900);
        assertThat(finds)
                .as("every bucket read once, in lists of a hundred")
                .extracting(filter -> filter.getDocument("_id").getArray("$in").size())
                .containsExactly(IntStream.iterate(buckets, left -> left > 0, left -> left - 100)
                        .map(left -> Math.min(left, 100))
                        .boxed()
                        .toArray(Integer[]::new));
        assertThat(database.getCollection("subject_keys").countDocuments()).isEqualTo(buckets);
    }

    @Test
    void aKeyAnotherInstanceCreatedAfterItsBucketWasReadIsFoundAndNotCreatedAgain() {
        MongoSubjectKeys here = store();
        MongoSubjectKeys there = store();
        String sameBucket = otherKeyInTheBucketOf("person/p-1");
        here.keyFor("person/p-1");
        here.find(List.of("person/p-1"));

        SubjectKey created = there.keyFor(sameBucket);

        assertThat(here.find(List.of(sameBucket)).get(sameBucket))
                .isInstanceOfSatisfying(KeyState.Present.class, state -> assertSameKey(state.key(), created));
        assertSameKey(here.keyFor(sameBucket), created);
        assertThat(entriesStored()).isEqualTo(2);
    }

    @Test
    void aKeyAnotherInstanceDestroyedIsFoundDestroyedOnceForgotten() {
        MongoSubjectKeys here = store();
        MongoSubjectKeys there = store();
        here.keyFor("person/p-1");
        here.find(List.of("person/p-1"));
        there.destroy("person/p-1", "erasure-1");

        KeyState remembered = here.find(List.of("person/p-1")).get("person/p-1");
        here.forget("person/p-1");

        assertThat(remembered).as("its bucket, remembered").isInstanceOf(KeyState.Present.class);
        assertThat(here.find(List.of("person/p-1"))).containsEntry("person/p-1", new KeyState.Destroyed("erasure-1"));
        assertThatThrownBy(() -> here.keyFor("person/p-1")).isInstanceOf(SubjectKeyDestroyed.class);
    }

    @Test
    void aKeyCreatedWhereItsRememberedBucketIsStaleIsTheOneAlreadyStored() {
        MongoSubjectKeys here = store();
        MongoSubjectKeys there = store();
        String sameBucket = otherKeyInTheBucketOf("person/p-1");
        here.keyFor("person/p-1");
        here.find(List.of("person/p-1"));
        SubjectKey created = there.keyFor(sameBucket);
        there.keyFor("person/p-2");
        there.destroy("person/p-2", "erasure-2");

        assertSameKey(here.keyFor(sameBucket), created);
        assertThatThrownBy(() -> here.keyFor("person/p-2")).isInstanceOf(SubjectKeyDestroyed.class);
        assertThat(entriesStored()).isEqualTo(3);
    }

    @Test
    void keyIdsWithDotsDollarsAndPercentsAreKeysOfTheirOwn() {
        List<String> asked = List.of("person/a.b", "person/a%2Eb", "person/$x", "person/%24x", "person/a%b");
        SubjectKeys keys = store();
        List<SubjectKey> created = asked.stream().map(keys::keyFor).toList();

        Map<String, KeyState> found = store().find(asked);

        for (int i = 0; i < asked.size(); i++) {
            SubjectKey expected = created.get(i);
            assertThat(found.get(asked.get(i)))
                    .isInstanceOfSatisfying(KeyState.Present.class, state -> assertSameKey(state.key(), expected));
        }
        assertThat(entriesStored()).isEqualTo(5);
    }

    @Test
    void keysStoredOnePerDocumentMoveIntoTheirBucketsOnceAndReadTheSame() {
        SubjectKeys keys = store();
        SubjectKey kept = keys.keyFor("person/p-1");
        keys.keyFor("person/p-2");
        keys.destroy("person/p-2", "erasure-2");
        MongoCollection<BsonDocument> stored = database.getCollection("subject_keys", BsonDocument.class);
        List<BsonDocument> firstLayout = List.of(
                firstLayout("person/p-1", stored("person/p-1")), firstLayout("person/p-2", stored("person/p-2")));
        stored.deleteMany(new BsonDocument());
        stored.insertMany(firstLayout);

        int moved = store().moveKeysStoredOnePerDocument();
        int movedAgain = store().moveKeysStoredOnePerDocument();

        assertThat(moved).isEqualTo(2);
        assertThat(movedAgain).isZero();
        assertThat(stored.countDocuments(Filters.type("_id", "string"))).isZero();
        Map<String, KeyState> found = store().find(List.of("person/p-1", "person/p-2"));
        assertThat(found.get("person/p-1"))
                .isInstanceOfSatisfying(KeyState.Present.class, state -> assertSameKey(state.key(), kept));
        assertThat(found.get("person/p-2")).isEqualTo(new KeyState.Destroyed("erasure-2"));
    }

    @Test
    void aTombstoneStoredOnePerDocumentOverridesTheKeyInItsBucket() {
        SubjectKeys keys = store();
        keys.keyFor("person/p-1");
        MongoCollection<BsonDocument> stored = database.getCollection("subject_keys", BsonDocument.class);
        stored.insertOne(new BsonDocument("_id", new BsonString("person/p-1"))
                .append("destroyedAt", new BsonDateTime(NOW.toEpochMilli()))
                .append("erasure", new BsonString("erasure-1")));

        store().moveKeysStoredOnePerDocument();

        assertThat(stored("person/p-1").keySet()).containsExactly("destroyedAt", "erasure");
        assertThat(store().find(List.of("person/p-1")))
                .containsEntry("person/p-1", new KeyState.Destroyed("erasure-1"));
    }

    @Test
    void aKeyStoredIsReadOnceAndNotWrittenAgainAndANewKeyInARememberedBucketIsWrittenWithoutAsking() {
        store().keyFor("person/p-1");
        String sameBucket = otherKeyInTheBucketOf("person/p-1");
        MongoSubjectKeys cold = store();
        finds.clear();
        writes.clear();

        cold.keyFor("person/p-1");
        List<String> writtenForTheStoredKey = List.copyOf(writes);
        cold.keyFor(sameBucket);

        assertThat(writtenForTheStoredKey).isEmpty();
        assertThat(finds).as("its bucket, once").hasSize(1);
        assertThat(writes).containsExactly("update");
    }

    @Test
    void aKeyDestroyedHereIsNotTakenFromItsRememberedBucket() {
        MongoSubjectKeys keys = store();
        keys.keyFor("person/p-1");
        keys.find(List.of("person/p-1"));

        keys.destroy("person/p-1", "erasure-1");

        assertThat(keys.find(List.of("person/p-1"))).containsEntry("person/p-1", new KeyState.Destroyed("erasure-1"));
    }

    @Test
    void aTombstoneMovedIntoARememberedBucketIsSeenAtOnce() {
        MongoSubjectKeys keys = store();
        keys.keyFor("person/p-1");
        keys.find(List.of("person/p-1"));
        database.getCollection("subject_keys", BsonDocument.class)
                .insertOne(new BsonDocument("_id", new BsonString("person/p-1"))
                        .append("destroyedAt", new BsonDateTime(NOW.toEpochMilli()))
                        .append("erasure", new BsonString("erasure-1")));

        keys.moveKeysStoredOnePerDocument();

        assertThat(keys.find(List.of("person/p-1"))).containsEntry("person/p-1", new KeyState.Destroyed("erasure-1"));
    }

    @Test
    void aKeyThatCannotBeMovedStaysWhereItIs() {
        MongoSubjectKeys keys = store();
        MongoCollection<BsonDocument> stored = database.getCollection("subject_keys", BsonDocument.class);
        stored.insertOne(new BsonDocument("_id", new BsonInt32(MongoSubjectKeys.bucketOf("person/p-1")))
                .append("keys", new BsonString("not a document")));
        stored.insertOne(new BsonDocument("_id", new BsonString("person/p-1"))
                .append("destroyedAt", new BsonDateTime(NOW.toEpochMilli()))
                .append("erasure", new BsonString("erasure-1")));

        assertThatThrownBy(keys::moveKeysStoredOnePerDocument).isInstanceOf(MongoWriteException.class);
        assertThat(stored.countDocuments(Filters.eq("_id", "person/p-1"))).isOne();
    }

    @Test
    void rewrapsEveryKeyUnderTheCurrentGenerationLeavingTombstonesAndTheKeysThemselvesAsTheyWere() throws IOException {
        MongoSubjectKeys keys = store();
        List<String> asked =
                IntStream.range(0, 300).mapToObj(i -> "person/p-" + i).toList();
        Map<String, SubjectKey> before = new java.util.HashMap<>();
        asked.forEach(keyId -> before.put(keyId, keys.keyFor(keyId)));
        keys.keyFor("person/a.b");
        keys.destroy("person/p-0", "erasure-0");
        FileMasterKeys masterKeys = FileMasterKeys.openExisting(masterKeysDir);
        masterKeys.rotate();
        MongoSubjectKeys rotating = new MongoSubjectKeys(database, masterKeys, CLOCK);
        finds.clear();

        MongoSubjectKeys.Rewrapping rewrapping = rotating.rewrapUnderCurrentGeneration();
        List<Integer> bucketsAskedFor = finds.stream()
                .map(filter -> filter.getDocument("_id").getArray("$in").size())
                .toList();
        MongoSubjectKeys.Rewrapping again = rotating.rewrapUnderCurrentGeneration();

        assertThat(bucketsAskedFor)
                .as("every bucket, a hundred at a time")
                .containsExactly(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 24);
        assertThat(rewrapping.currentGeneration()).isEqualTo(2);
        assertThat(rewrapping.rewrapped()).isEqualTo(300);
        assertThat(rewrapping.keysByGeneration()).isEqualTo(Map.of(2, 300));
        assertThat(again.rewrapped()).isZero();
        assertThat(stored("person/p-1").getInt32("generation").getValue()).isEqualTo(2);
        assertThat(stored("person/p-1").getDateTime("createdAt").getValue()).isEqualTo(NOW.toEpochMilli());
        assertThat(stored("person/a.b").getInt32("generation").getValue()).isEqualTo(2);
        assertThat(stored("person/p-0").keySet()).containsExactly("destroyedAt", "erasure");
        Files.delete(masterKeysDir.resolve("kek-1.key"));
        Map<String, KeyState> found = store().find(asked);
        assertThat(found.get("person/p-0")).isEqualTo(new KeyState.Destroyed("erasure-0"));
        asked.subList(1, 300).forEach(keyId -> assertThat(found.get(keyId))
                .isInstanceOfSatisfying(
                        KeyState.Present.class, state -> assertSameKey(state.key(), before.get(keyId))));
    }

    @Test
    void aKeyDestroyedWhileItIsRewrappedStaysDestroyed() {
        MongoSubjectKeys keys = store();
        keys.keyFor("person/p-1");
        FileMasterKeys masterKeys = FileMasterKeys.openExisting(masterKeysDir);
        masterKeys.rotate();
        MasterKeys destroyingOnWrap = new MasterKeys() {
            @Override
            public Wrapped wrap(String keyId, byte[] key) {
                keys.destroy(keyId, "erasure-1");
                return masterKeys.wrap(keyId, key);
            }

            @Override
            public byte[] unwrap(int generation, byte[] wrapped, String keyId) {
                return masterKeys.unwrap(generation, wrapped, keyId);
            }

            @Override
            public int currentGeneration() {
                return masterKeys.currentGeneration();
            }

            @Override
            public int rotate() {
                return masterKeys.rotate();
            }

            @Override
            public void refresh() {
                masterKeys.refresh();
            }
        };

        MongoSubjectKeys.Rewrapping rewrapping =
                new MongoSubjectKeys(database, destroyingOnWrap, CLOCK).rewrapUnderCurrentGeneration();

        assertThat(rewrapping.rewrapped()).isZero();
        assertThat(stored("person/p-1").keySet()).containsExactly("destroyedAt", "erasure");
    }

    private static BsonDocument firstLayout(String keyId, BsonDocument entry) {
        BsonDocument document = new BsonDocument("_id", new BsonString(keyId));
        document.putAll(entry);
        return document;
    }

    /** A key id whose bucket is this one's. */
    private static String otherKeyInTheBucketOf(String keyId) {
        return IntStream.range(0, 100_000)
                .mapToObj(i -> "person/q-" + i)
                .filter(other -> MongoSubjectKeys.bucketOf(other) == MongoSubjectKeys.bucketOf(keyId))
                .findFirst()
                .orElseThrow();
    }

    private MongoSubjectKeys store() {
        MasterKeys masterKeys = MongoSubjectKeys.holdsAny(database)
                ? FileMasterKeys.openExisting(masterKeysDir)
                : FileMasterKeys.openOrCreate(masterKeysDir);
        return new MongoSubjectKeys(database, masterKeys, CLOCK);
    }

    /** The key's entry in its bucket. */
    private BsonDocument stored(String keyId) {
        BsonDocument bucket = database.getCollection("subject_keys", BsonDocument.class)
                .find(Filters.eq("_id", MongoSubjectKeys.bucketOf(keyId)))
                .first();
        return bucket == null ? null : (BsonDocument) bucket.getDocument("keys").get(MongoSubjectKeys.fieldOf(keyId));
    }

    private long entriesStored() {
        long entries = 0;
        for (BsonDocument bucket :
                database.getCollection("subject_keys", BsonDocument.class).find()) {
            entries += bucket.getDocument("keys").size();
        }
        return entries;
    }

    private static int bucketsOf(List<String> keyIds) {
        return (int) keyIds.stream().map(MongoSubjectKeys::bucketOf).distinct().count();
    }

    /** Sealed with one, opened with the other: the same key, whoever holds it. */
    private static void assertSameKey(SubjectKey one, SubjectKey other) {
        byte[] plaintext = "Tom Hill, 2011-03-04".getBytes(StandardCharsets.UTF_8);
        byte[] associatedData = one.keyId().getBytes(StandardCharsets.UTF_8);
        assertThat(other.keyId()).isEqualTo(one.keyId());
        assertThat(Aes256Gcm.open(other, Aes256Gcm.seal(one, plaintext, associatedData), associatedData))
                .isEqualTo(plaintext);
    }

    private static String catchMessage(Runnable failing) {
        try {
            failing.run();
        } catch (RuntimeException e) {
            return e.toString();
        }
        throw new AssertionError("expected a failure");
    }

    private static String hex(SubjectKey key) {
        return HexFormat.of().formatHex(key.secret().getEncoded());
    }

    private static String base64(SubjectKey key) {
        return Base64.getEncoder().encodeToString(key.secret().getEncoded());
    }
}
