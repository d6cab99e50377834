package uk.joinedup.caseservice.infrastructure.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.infrastructure.mongo.InMemoryDocuments;

/** Two instances on one database: what one erases, the other forgets from memory on its next round. */
class ErasedSubjectsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:15:30Z"), ZoneOffset.UTC);

    private final InMemoryDocuments store = new InMemoryDocuments();
    private final InMemorySubjectKeys keyStore = new InMemorySubjectKeys();
    private final Instance erasing = new Instance();
    private final Instance other = new Instance();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theErasingInstanceForgetsAtOnceAndTheOtherOnItsNextRound() {
        other.keys.keyFor("person/p-1");
        other.keys.keyFor("person/p-2");
        other.aggregates.put("p-1", "Stephen's cached record");
        other.aggregates.put("p-2", "Tony's cached record");
        erasing.aggregates.put("p-1", "Stephen's cached record");

        keyStore.destroy("person/p-1", "erasure-1");
        erasing.subjects.record("person/p-1");

        assertThat(erasing.aggregates.containsKey("p-1"))
                .as("the erasing instance forgets at once")
                .isFalse();

        assertThat(other.keys.holdsKeyOf("person/p-1")).as("before its round").isTrue();
        other.subjects.hear();

        assertThat(other.keys.holdsKeyOf("person/p-1")).isFalse();
        assertThat(other.keys.find(List.of("person/p-1")).get("person/p-1")).isInstanceOf(KeyState.Destroyed.class);
        assertThat(other.aggregates.containsKey("p-1")).isFalse();
        assertThat(other.keys.holdsKeyOf("person/p-2")).as("someone else's key").isTrue();
        assertThat(other.aggregates.containsKey("p-2")).isTrue();
    }

    @Test
    void eachErasureIsHeardOnceAndAnInstanceStartedLaterHearsNoneBeforeIt() {
        erasing.subjects.record("family/f-1");
        Instance later = new Instance();
        later.keys.keyFor("family/f-1");
        later.aggregates.put("f-1", "cached");

        later.subjects.hear();

        assertThat(later.aggregates.containsKey("f-1"))
                .as("its memory holds nothing from before it started")
                .isTrue();

        erasing.subjects.record("family/f-2");
        erasing.subjects.record("person/p-3");
        later.aggregates.put("f-2", "cached");
        later.aggregates.put("p-3", "cached");
        later.subjects.hear();
        later.aggregates.put("f-2", "loaded again after the erasure");
        later.subjects.hear();

        assertThat(later.aggregates.containsKey("p-3")).isFalse();
        assertThat(later.aggregates.containsKey("f-2"))
                .as("heard once, not again")
                .isTrue();
    }

    @Test
    void everyInstanceHasHeardWithinTwoRounds() {
        assertThat(erasing.subjects.heardWithin()).isEqualTo(Duration.ofSeconds(10));
    }

    /** One service instance's memory: its key cache and aggregate cache, and its view of the log. */
    private final class Instance {
        final CachedSubjectKeys keys = new CachedSubjectKeys(keyStore);
        final Cache aggregates = new WeakReferenceCache();
        final ErasedSubjects subjects =
                new ErasedSubjects(store.database(), keys, aggregates, CLOCK, Duration.ofSeconds(5));
    }
}
