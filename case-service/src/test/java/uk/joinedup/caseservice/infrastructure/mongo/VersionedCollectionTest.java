package uk.joinedup.caseservice.infrastructure.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A versioned collection hands back the record it converted while the stamped version is unchanged, and a
 * fresh one as soon as another version is saved, by this service or another; a document without a stamp, or
 * whose stamp lags behind it, is read whole (ADR 23).
 */
class VersionedCollectionTest {

    private final InMemoryDocuments store = new InMemoryDocuments();
    private final DocumentCollection<Chronology> chronologies =
            store.documents().versionedCollection("chronologies", Chronology.class);
    private final DocumentCollection<Chronology> sameCollectionElsewhere =
            store.documents().versionedCollection("chronologies", Chronology.class);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anUnchangedRecordIsConvertedOnce() {
        chronologies.save("p-1", new Chronology("p-1", List.of("registered"), 1));

        Chronology first = chronologies.find("p-1").orElseThrow();
        Chronology again = sameCollectionElsewhere.find("p-1").orElseThrow();

        assertThat(again).isSameAs(first).isEqualTo(new Chronology("p-1", List.of("registered"), 1));
    }

    @Test
    void aRecordReadAgainAtTheSameVersionIsNotFetchedWhole() {
        chronologies.save("p-1", new Chronology("p-1", List.of("registered"), 1));
        chronologies.find("p-1");

        // only a change that breaks the contract (new content, same version) shows what was fetched
        store.collection("chronologies")
                .replaceOne(
                        new Document("_id", "p-1"),
                        new Document(Map.of("_id", "p-1", "entries", List.of("not fetched"), "version", 1)));

        assertThat(chronologies.find("p-1")).contains(new Chronology("p-1", List.of("registered"), 1));
    }

    @Test
    void manyAreReadAsRememberedFetchedOrMissing() {
        chronologies.save("p-1", new Chronology("p-1", List.of("registered"), 1));
        store.collection("chronologies")
                .insertOne(new Document(Map.of("_id", "p-2", "entries", List.of("imported"), "version", 4)));

        assertThat(chronologies.findAll(List.of("p-1", "p-2", "p-3")))
                .containsExactlyInAnyOrder(
                        new Chronology("p-1", List.of("registered"), 1), new Chronology("p-2", List.of("imported"), 4));
        assertThat(sameCollectionElsewhere.findAll(List.of("p-2", "p-1")))
                .containsExactlyInAnyOrder(
                        new Chronology("p-1", List.of("registered"), 1), new Chronology("p-2", List.of("imported"), 4));
    }

    @Test
    void aNewVersionSavedIsReadAsSaved() {
        chronologies.save("p-1", new Chronology("p-1", List.of("registered"), 1));
        chronologies.find("p-1");

        sameCollectionElsewhere.save("p-1", new Chronology("p-1", List.of("registered", "note"), 2));

        assertThat(chronologies.find("p-1")).contains(new Chronology("p-1", List.of("registered", "note"), 2));
        assertThat(chronologies.findAll(List.of("p-1")))
                .containsExactly(new Chronology("p-1", List.of("registered", "note"), 2));
    }

    @Test
    void aDocumentWrittenWithoutItsStampIsReadWholeAfterARestartNeverStale() {
        chronologies.save("p-1", new Chronology("p-1", List.of("registered"), 1));
        // a failure between the document's write and its stamp's: the stamp still names version 1
        store.collection("chronologies")
                .replaceOne(
                        new Document("_id", "p-1"),
                        new Document(
                                Map.of("_id", "p-1", "entries", List.of("registered", "exclusion"), "version", 2)));
        DocumentCollection<Chronology> afterRestart =
                store.restarted().versionedCollection("chronologies", Chronology.class);

        assertThat(afterRestart.find("p-1")).contains(new Chronology("p-1", List.of("registered", "exclusion"), 2));

        // while the stamp lags, the document is fetched whole on every read
        store.collection("chronologies")
                .replaceOne(
                        new Document("_id", "p-1"),
                        new Document(Map.of("_id", "p-1", "entries", List.of("registered", "closed"), "version", 3)));
        assertThat(afterRestart.find("p-1")).contains(new Chronology("p-1", List.of("registered", "closed"), 3));
    }

    @Test
    void aSavedRecordIsStampedWithItsVersionAloneAndItsStampGoesWithIt() {
        chronologies.save("p-1", new Chronology("p-1", List.of("registered"), 1));
        chronologies.save("p-2", new Chronology("p-2", List.of("registered"), 1));
        chronologies.save("p-1", new Chronology("p-1", List.of("registered", "note"), 2));

        assertThat(store.all("chronologies_versions"))
                .containsExactlyInAnyOrder(
                        new Document(Map.of("_id", "p-1", "version", 2L)),
                        new Document(Map.of("_id", "p-2", "version", 1L)));

        chronologies.delete("p-2");
        assertThat(store.all("chronologies_versions"))
                .containsExactly(new Document(Map.of("_id", "p-1", "version", 2L)));
        chronologies.deleteAll();
        assertThat(store.all("chronologies_versions")).isEmpty();
    }

    @Test
    void versionsAreReadFromTheStampsAlone() {
        chronologies.save("p-1", new Chronology("p-1", List.of("registered"), 1));
        chronologies.save("p-2", new Chronology("p-2", List.of("registered"), 1));
        chronologies.save("p-2", new Chronology("p-2", List.of("registered", "note"), 2));
        store.collection("chronologies")
                .insertOne(new Document(Map.of("_id", "p-3", "entries", List.of("imported"), "version", 4)));

        assertThat(chronologies.versions(List.of("p-1", "p-2", "p-3", "p-4")))
                .as("p-3 has no stamp, p-4 no record")
                .isEqualTo(Map.of("p-1", 1L, "p-2", 2L));
        assertThat(chronologies.versions(List.of())).isEmpty();
        assertThatThrownBy(() ->
                        store.documents().collection("plain", Chronology.class).versions(List.of("p-1")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aRecordSavedElsewhereIsReadAtItsNewVersionWhereItWasRememberedOld() {
        chronologies.save("p-1", new Chronology("p-1", List.of("registered"), 1));
        DocumentCollection<Chronology> otherInstance =
                store.restarted().versionedCollection("chronologies", Chronology.class);

        otherInstance.save("p-1", new Chronology("p-1", List.of("registered", "note"), 2));

        assertThat(chronologies.find("p-1")).contains(new Chronology("p-1", List.of("registered", "note"), 2));
    }

    @Test
    void aDeletedRecordIsGoneAndARebuiltOneIsReadAsRebuilt() {
        chronologies.save("p-1", new Chronology("p-1", List.of("registered"), 1));
        chronologies.find("p-1");

        chronologies.deleteAll();
        assertThat(chronologies.find("p-1")).isEmpty();

        store.collection("chronologies")
                .insertOne(new Document(Map.of("_id", "p-1", "entries", List.of("rebuilt"), "version", 1)));
        assertThat(chronologies.find("p-1")).contains(new Chronology("p-1", List.of("rebuilt"), 1));
    }

    @Test
    void aVersionedRecordIsNeverUpdatedInPlace() {
        assertThatThrownBy(() -> chronologies.addToSet("p-1", "entries", "note"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> chronologies.putEntry("p-1", "field", "key", "value"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(store.all("chronologies")).isEmpty();
    }

    @Test
    void aFewOrMostOfManyRecordsAreReadAlikeWhetherRememberedOrFetched() {
        for (int n = 0; n < 250; n++) {
            chronologies.save("p-" + n, new Chronology("p-" + n, List.of("registered"), n));
        }
        List<String> few = IntStream.range(0, 30).mapToObj(n -> "p-" + n).toList();
        List<String> most = IntStream.range(0, 240).mapToObj(n -> "p-" + n).toList();
        List<String> mostAndMissing =
                Stream.concat(most.stream(), Stream.of("p-250", "p-999")).toList();

        assertThat(sameCollectionElsewhere.findAll(mostAndMissing))
                .hasSize(240)
                .allSatisfy(chronology -> assertThat(most).contains(chronology.id()));
        assertThat(sameCollectionElsewhere.findAll(few))
                .extracting(Chronology::id)
                .containsExactlyInAnyOrderElementsOf(few);
        assertThat(chronologies.versions(mostAndMissing))
                .hasSize(240)
                .containsEntry("p-0", 0L)
                .containsEntry("p-239", 239L);
        assertThat(chronologies.versions(few)).hasSize(30).containsEntry("p-29", 29L);
    }

    record Chronology(@JsonProperty("_id") String id, List<String> entries, long version) {}
}
