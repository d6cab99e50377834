package uk.joinedup.caseservice.infrastructure.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A document is deleted only if the field holds nothing when the delete is made: a map emptied, a list emptied or
 * no field; never one still holding a value, on its own or in a batch, where it is made in order with the updates.
 */
class DeleteIfEmptyTest {

    private final InMemoryDocuments store = new InMemoryDocuments();
    private final DocumentCollection<Filed> filed = store.documents().collection("filed", Filed.class);

    @AfterEach
    void close() {
        WriteBatch.close();
        store.close();
    }

    @Test
    void deletesADocumentWhoseMapOrListIsEmptyAndKeepsOneStillHoldingAValue() {
        filed.putEntry("map-emptied", "entries", "tom", "hill");
        filed.removeEntry("map-emptied", "entries", "tom");
        filed.putEntry("map-held", "entries", "tom", "hill");
        filed.putEntry("map-held", "entries", "ann", "hill");
        filed.removeEntry("map-held", "entries", "tom");
        filed.addToSet("list-emptied", "people", "tom");
        filed.pull("list-emptied", "people", "tom");
        filed.addToSet("list-held", "people", "tom");
        filed.addToSet("list-held", "people", "ann");
        filed.pull("list-held", "people", "tom");

        filed.deleteIfEmpty("map-emptied", "entries");
        filed.deleteIfEmpty("map-held", "entries");
        filed.deleteIfEmpty("list-emptied", "people");
        filed.deleteIfEmpty("list-held", "people");

        assertThat(store.all("filed"))
                .extracting(document -> document.get("_id"))
                .containsExactlyInAnyOrder("map-held", "list-held");
    }

    @Test
    void inABatchTheDeleteIsMadeAfterTheUpdatesBeforeItAndBeforeThoseAfterIt() {
        filed.putEntry("emptied", "entries", "tom", "hill");
        filed.putEntry("filed-again", "entries", "tom", "hill");
        WriteBatch.open((collection, failure) -> {
            throw failure;
        });

        filed.removeEntry("emptied", "entries", "tom");
        filed.deleteIfEmpty("emptied", "entries");
        filed.removeEntry("filed-again", "entries", "tom");
        filed.deleteIfEmpty("filed-again", "entries");
        filed.putEntry("filed-again", "entries", "ann", "hill");
        assertThat(filed.find("emptied")).as("read through the batch").isEmpty();
        WriteBatch.write();

        assertThat(store.all("filed"))
                .extracting(document -> document.get("_id"))
                .containsExactly("filed-again");
        assertThat(filed.find("filed-again")).get().extracting(Filed::entries).isEqualTo(Map.of("ann", "hill"));
    }

    record Filed(@JsonProperty("_id") String id, Map<String, String> entries, List<String> people) {}
}
