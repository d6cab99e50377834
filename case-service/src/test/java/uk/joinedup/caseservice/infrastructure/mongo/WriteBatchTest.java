package uk.joinedup.caseservice.infrastructure.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A batch's read-model writes are held on its thread, read back there as if written, and written when the batch
 * is (ADR 30); another thread sees the store as it was until then.
 */
class WriteBatchTest {

    private final InMemoryDocuments store = new InMemoryDocuments();
    private final DocumentCollection<Chronology> chronologies =
            store.documents().versionedCollection("chronologies", Chronology.class);
    private final DocumentCollection<Bucket> buckets = store.documents().collection("buckets", Bucket.class);
    private final List<String> refused = new ArrayList<>();

    @AfterEach
    void close() {
        WriteBatch.close();
        store.close();
    }

    @Test
    void aRecordSavedInABatchIsReadOnItsThreadAndWrittenOnceWhenTheBatchIs() throws Exception {
        WriteBatch.open((collection, e) -> refused.add(collection));
        chronologies.save("p1", new Chronology("p1", List.of("registered"), 1));
        chronologies.save("p1", new Chronology("p1", List.of("registered", "attended"), 2));

        assertThat(chronologies.find("p1")).contains(new Chronology("p1", List.of("registered", "attended"), 2));
        assertThat(elsewhere(() -> chronologies.find("p1"))).isEmpty();
        assertThat(store.all("chronologies")).isEmpty();

        WriteBatch.write();

        assertThat(store.all("chronologies")).singleElement().satisfies(document -> assertThat(document.get("version"))
                .isEqualTo(2L));
        assertThat(store.all("chronologies_versions")).containsExactly(new Document("_id", "p1").append("version", 2L));
        assertThat(elsewhere(() -> chronologies.find("p1")))
                .contains(new Chronology("p1", List.of("registered", "attended"), 2));
        assertThat(refused).isEmpty();
    }

    @Test
    void aRecordDeletedInABatchIsGoneOnItsThreadAndFromTheStoreWhenTheBatchIsWritten() throws Exception {
        chronologies.save("p1", new Chronology("p1", List.of("registered"), 1));
        WriteBatch.open((collection, e) -> refused.add(collection));

        chronologies.delete("p1");

        assertThat(chronologies.find("p1")).isEmpty();
        assertThat(chronologies.findAll(List.of("p1", "p2"))).isEmpty();
        assertThat(elsewhere(() -> chronologies.find("p1"))).isPresent();
        WriteBatch.write();
        assertThat(store.all("chronologies")).isEmpty();
        assertThat(store.all("chronologies_versions")).isEmpty();
    }

    @Test
    void updatesInPlaceAreMadeInOrderWhenTheBatchIsWritten() {
        WriteBatch.open((collection, e) -> refused.add(collection));
        buckets.addToSet("surname:walker", "personIds", "p1");
        buckets.addToSet("surname:walker", "personIds", "p2");
        buckets.pull("surname:walker", "personIds", "p1");
        buckets.putEntry("surname:walker", "names", "p2", "Amy Walker");
        buckets.removeEntry("surname:walker", "names", "p9");

        assertThat(store.all("buckets")).isEmpty();
        WriteBatch.write();

        assertThat(buckets.find("surname:walker"))
                .contains(new Bucket("surname:walker", Set.of("p2"), Map.of("p2", "Amy Walker")));
    }

    @Test
    void manyPeopleFiledUnderTwoKeysInOneBatchAreAllFiled() {
        WriteBatch.open((collection, e) -> refused.add(collection));
        for (int i = 0; i < 50; i++) {
            buckets.putEntry(i % 2 == 0 ? "dobyear:2013" : "dobyear:2014", "names", "p" + i, "Pupil " + i);
        }
        buckets.removeEntry("dobyear:2013", "names", "p0");
        buckets.putEntry("dobyear:2013", "names", "p0", "Pupil 0 again");
        buckets.removeEntry("dobyear:2014", "names", "p1");

        WriteBatch.write();

        assertThat(buckets.find("dobyear:2013").orElseThrow().names())
                .hasSize(25)
                .containsEntry("p0", "Pupil 0 again")
                .containsEntry("p48", "Pupil 48");
        assertThat(buckets.find("dobyear:2014").orElseThrow().names())
                .hasSize(24)
                .doesNotContainKey("p1")
                .containsEntry("p49", "Pupil 49");
    }

    @Test
    void readingARecordUpdatedInPlaceWritesTheCollectionsUpdatesFirst() {
        WriteBatch.open((collection, e) -> refused.add(collection));
        buckets.addToSet("surname:walker", "personIds", "p1");

        assertThat(buckets.find("surname:walker")).contains(new Bucket("surname:walker", Set.of("p1"), Map.of()));
        assertThat(store.all("buckets")).hasSize(1);
    }

    @Test
    void aRecordSavedWholeAfterUpdatesInPlaceIsSavedOverThem() {
        WriteBatch.open((collection, e) -> refused.add(collection));
        buckets.addToSet("surname:walker", "personIds", "p1");
        buckets.save("surname:walker", new Bucket("surname:walker", Set.of("p2"), Map.of()));
        buckets.putEntry("surname:walker", "names", "p2", "Amy Walker");

        WriteBatch.write();

        assertThat(buckets.find("surname:walker"))
                .contains(new Bucket("surname:walker", Set.of("p2"), Map.of("p2", "Amy Walker")));
    }

    @Test
    void whatABatchHoldsIsWrittenBeforeReadsThatCannotSeeIt() {
        WriteBatch.open((collection, e) -> refused.add(collection));
        chronologies.save("p1", new Chronology("p1", List.of("registered"), 1));
        assertThat(chronologies.versions(List.of("p1"))).containsEntry("p1", 1L);

        chronologies.save("p2", new Chronology("p2", List.of("registered"), 1));
        assertThat(chronologies.ids()).containsExactlyInAnyOrder("p1", "p2");

        buckets.addToSet("surname:walker", "personIds", "p1");
        assertThat(buckets.findAllWithOnly(List.of("surname:walker"), "personIds"))
                .containsExactly(new Bucket("surname:walker", Set.of("p1"), Map.of()));
    }

    @Test
    void anInsertIsMadeAtOnceAfterWhatTheBatchHolds() {
        WriteBatch.open((collection, e) -> refused.add(collection));
        buckets.save("claim", new Bucket("claim", Set.of("p1"), Map.of()));

        assertThat(buckets.insert("claim", new Bucket("claim", Set.of("p2"), Map.of())))
                .isFalse();
        assertThat(buckets.insert("other", new Bucket("other", Set.of("p2"), Map.of())))
                .isTrue();
        assertThat(store.all("buckets")).hasSize(2);
    }

    @Test
    void deletingEveryRecordForgetsWhatTheBatchHeld() {
        buckets.save("kept", new Bucket("kept", Set.of("p1"), Map.of()));
        WriteBatch.open((collection, e) -> refused.add(collection));
        buckets.save("held", new Bucket("held", Set.of("p2"), Map.of()));
        buckets.addToSet("updated", "personIds", "p3");

        buckets.deleteAll();
        WriteBatch.write();

        assertThat(store.all("buckets")).isEmpty();
    }

    @Test
    void aBatchClosedUnwrittenWritesNothingAndLaterWritesGoStraightToTheStore() {
        WriteBatch.open((collection, e) -> refused.add(collection));
        buckets.save("held", new Bucket("held", Set.of("p1"), Map.of()));

        WriteBatch.close();
        WriteBatch.write();
        assertThat(store.all("buckets")).isEmpty();

        buckets.save("direct", new Bucket("direct", Set.of("p2"), Map.of()));
        assertThat(store.all("buckets")).hasSize(1);
    }

    @Test
    void aWriteTheStoreRefusesIsSkippedAndReportedAndTheOthersAreMade() {
        store.collection("buckets").insertOne(new Document("_id", "broken").append("names", "not a map"));
        WriteBatch.open((collection, e) -> refused.add(collection));
        buckets.putEntry("first", "names", "p1", "Amy Walker");
        buckets.putEntry("broken", "names", "p2", "Ben Walker");
        buckets.putEntry("last", "names", "p3", "Cal Walker");

        WriteBatch.write();

        assertThat(refused).containsExactly("buckets");
        assertThat(buckets.findAll(List.of("first", "last")))
                .extracting(Bucket::key)
                .containsExactlyInAnyOrder("first", "last");
    }

    @Test
    void aRefusedRecordKeepsNoStampSoItIsNeverReadAsThatVersion() {
        store.collection("chronologies").createIndex(Indexes.ascending("version"), new IndexOptions().unique(true));
        chronologies.save("p1", new Chronology("p1", List.of("registered"), 1));
        WriteBatch.open((collection, e) -> refused.add(collection));
        chronologies.save("p2", new Chronology("p2", List.of("registered"), 4));
        chronologies.save("p1", new Chronology("p1", List.of("registered", "attended"), 4));

        WriteBatch.write();

        assertThat(refused).containsExactly("chronologies");
        assertThat(store.all("chronologies_versions"))
                .containsExactlyInAnyOrder(
                        new Document("_id", "p1").append("version", 1L),
                        new Document("_id", "p2").append("version", 4L));
        assertThat(chronologies.find("p1")).contains(new Chronology("p1", List.of("registered"), 1));
    }

    private static <T> T elsewhere(java.util.concurrent.Callable<T> read) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
                    try {
                        return read.call();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .get();
    }

    record Chronology(@JsonProperty("_id") String id, List<String> entries, long version) {}

    record Bucket(@JsonProperty("_id") String key, Set<String> personIds, Map<String, String> names) {

        Bucket {
            personIds = personIds == null ? Set.of() : Set.copyOf(personIds);
            names = names == null ? Map.of() : Map.copyOf(names);
        }
    }
}
