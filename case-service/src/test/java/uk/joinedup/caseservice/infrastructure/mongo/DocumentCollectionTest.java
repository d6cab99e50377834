package uk.joinedup.caseservice.infrastructure.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Read-model updates that several projection threads make to one document at once lose nothing: the
 * set and map updates are single atomic updates on the embedded server, as on MongoDB.
 */
class DocumentCollectionTest {

    private MongoServer server;
    private MongoClient client;
    private DocumentCollection<Bucket> buckets;
    private DocumentCollection<Shelf> shelves;

    @BeforeEach
    void start() {
        server = new MongoServer(H2Backend.inMemory());
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        MongoDocuments documents =
                new MongoDocuments(new ObjectMapper().registerModule(new JavaTimeModule()), client.getDatabase("test"));
        buckets = documents.collection("buckets", Bucket.class);
        shelves = documents.collection("shelves", Shelf.class);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void concurrentAdditionsToOneSetAreAllKept() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<?>> writes = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String value = "person-" + i;
            writes.add(threads.submit(() -> buckets.addToSet("surname:walker", "personIds", value)));
        }
        for (Future<?> write : writes) {
            write.get();
        }
        threads.shutdown();

        assertThat(buckets.find("surname:walker").orElseThrow().personIds()).hasSize(400);
    }

    @Test
    void pullsAValueAndKeepsTheRest() {
        buckets.addToSet("dob:1984-02-09", "personIds", "stephen");
        buckets.addToSet("dob:1984-02-09", "personIds", "steven");
        buckets.pull("dob:1984-02-09", "personIds", "steven");
        assertThat(buckets.find("dob:1984-02-09").orElseThrow().personIds()).containsExactly("stephen");
    }

    @Test
    void putsAndRemovesMapEntries() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<?>> writes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String id = "family-" + i;
            writes.add(threads.submit(() -> buckets.putEntry("unled", "names", id, "Family " + id)));
        }
        for (Future<?> write : writes) {
            write.get();
        }
        threads.shutdown();
        buckets.removeEntry("unled", "names", "family-7");

        Bucket unled = buckets.find("unled").orElseThrow();
        assertThat(unled.names())
                .hasSize(199)
                .doesNotContainKey("family-7")
                .containsEntry("family-8", "Family family-8");
    }

    @Test
    void putsRecordEntriesAtOnceWithoutLosingAnyAndReplacesOne() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<?>> writes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String id = "consent-" + i;
            writes.add(threads.submit(() -> shelves.putRecordEntry("person-1", "items", id, new Item(id, 1))));
        }
        for (Future<?> write : writes) {
            write.get();
        }
        threads.shutdown();
        shelves.putRecordEntry("person-1", "items", "consent-7", new Item("consent-7", 2));

        Shelf shelf = shelves.find("person-1").orElseThrow();
        assertThat(shelf.items()).hasSize(200).containsEntry("consent-7", new Item("consent-7", 2));
        assertThat(shelf.items().get("consent-8")).isEqualTo(new Item("consent-8", 1));
    }

    @Test
    void readsOnlyTheFieldsAskedFor() {
        buckets.addToSet("surname:walker", "personIds", "person-1");
        buckets.putEntry("surname:walker", "names", "person-1", "Walker");
        buckets.addToSet("surname:smith", "personIds", "person-2");

        assertThat(buckets.findAllWithOnly(List.of("surname:walker", "surname:smith", "surname:none"), "names"))
                .extracting(Bucket::key, Bucket::personIds, Bucket::names)
                .containsExactlyInAnyOrder(
                        tuple("surname:walker", null, Map.of("person-1", "Walker")),
                        tuple("surname:smith", null, null));
    }

    record Item(String name, int version) {}

    @Test
    void manyIdsAreReadInListsOrAllWithNoFilterAlikeAndOnlyThoseAskedFor() {
        for (int i = 0; i < 500; i++) {
            buckets.save("b-" + i, new Bucket("b-" + i, Set.of("person-" + i), Map.of()));
        }
        List<String> aFifth = IntStream.range(0, 110).mapToObj(i -> "b-" + i).toList();
        List<String> half = IntStream.range(100, 350).mapToObj(i -> "b-" + i).toList();

        assertThat(buckets.findAll(aFifth)).extracting(Bucket::key).containsExactlyInAnyOrderElementsOf(aFifth);
        assertThat(buckets.findAll(
                        Stream.concat(half.stream(), Stream.of("b-500", "b-x")).toList()))
                .extracting(Bucket::key)
                .containsExactlyInAnyOrderElementsOf(half);
        List<String> fourTimesAsMany =
                IntStream.range(300, 2300).mapToObj(i -> "b-" + i).toList();
        assertThat(buckets.findAll(fourTimesAsMany))
                .extracting(Bucket::key)
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.range(300, 500).mapToObj(i -> "b-" + i).toList());
        assertThat(buckets.findAllWithOnly(aFifth, "personIds"))
                .extracting(Bucket::key, Bucket::names)
                .hasSize(110)
                .contains(tuple("b-109", null));
    }

    record Shelf(@JsonProperty("_id") String key, Map<String, Item> items) {}

    record Bucket(@JsonProperty("_id") String key, Set<String> personIds, Map<String, String> names) {}
}
