package uk.joinedup.caseservice.infrastructure.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The key cache asks its store only for what it does not know, and never forgets a tombstone. */
class CachedSubjectKeysTest {

    private final CountingKeys store = new CountingKeys();
    private final CachedSubjectKeys keys = new CachedSubjectKeys(store);

    @Test
    void aKeyIsAskedForOnce() {
        SubjectKey first = keys.keyFor("person/p-1");
        SubjectKey again = keys.keyFor("person/p-1");

        assertThat(again).isSameAs(first);
        assertThat(store.keysFor).containsExactly("person/p-1");
    }

    @Test
    void findAsksTheStoreOnceForTheKeysNotRemembered() {
        SubjectKey remembered = keys.keyFor("person/p-1");
        store.delegate.keyFor("person/p-2");
        store.delegate.destroy("person/p-3", "erasure-3");

        Map<String, KeyState> found =
                keys.find(List.of("person/p-1", "person/p-2", "person/p-3", "person/p-4", "person/p-2"));

        assertThat(store.finds).containsExactly(List.of("person/p-2", "person/p-3", "person/p-4"));
        assertThat(found).containsOnlyKeys("person/p-1", "person/p-2", "person/p-3", "person/p-4");
        assertThat(found.get("person/p-1")).isEqualTo(new KeyState.Present(remembered));
        assertThat(found.get("person/p-2")).isInstanceOf(KeyState.Present.class);
        assertThat(found.get("person/p-3")).isEqualTo(new KeyState.Destroyed("erasure-3"));
        assertThat(found.get("person/p-4")).isEqualTo(new KeyState.Missing());
    }

    @Test
    void remembersWhatFindFoundButNotWhatIsMissing() {
        store.delegate.keyFor("person/p-2");
        store.delegate.destroy("person/p-3", "erasure-3");
        keys.find(List.of("person/p-2", "person/p-3", "person/p-4"));
        store.finds.clear();

        keys.find(List.of("person/p-2", "person/p-3", "person/p-4"));
        keys.keyFor("person/p-2");

        assertThat(store.finds).containsExactly(List.of("person/p-4"));
        assertThat(store.keysFor).isEmpty();
    }

    @Test
    void findOfRememberedKeysAsksTheStoreNothing() {
        keys.keyFor("person/p-1");

        keys.find(List.of("person/p-1"));

        assertThat(store.finds).isEmpty();
    }

    @Test
    void aDestroyedKeyStaysDestroyedWithoutAskingTheStoreAgain() {
        keys.keyFor("person/p-1");
        keys.destroy("person/p-1", "erasure-1");
        store.finds.clear();
        store.keysFor.clear();

        assertThatThrownBy(() -> keys.keyFor("person/p-1"))
                .isInstanceOf(SubjectKeyDestroyed.class)
                .hasMessageContaining("person/p-1");
        assertThat(keys.find(List.of("person/p-1"))).containsEntry("person/p-1", new KeyState.Destroyed("erasure-1"));
        keys.forget("person/p-1");
        assertThat(keys.find(List.of("person/p-1"))).containsEntry("person/p-1", new KeyState.Destroyed("erasure-1"));
        assertThat(store.finds).isEmpty();
        assertThat(store.keysFor).isEmpty();
        assertThat(store.destroyed).containsExactly("person/p-1");
    }

    @Test
    void anErasedSubjectsKeyLeavesMemory() {
        keys.keyFor("person/p-1");
        keys.keyFor("person/p-2");

        keys.destroy("person/p-1", "erasure-1");

        assertThat(keys.holdsKeyOf("person/p-1")).isFalse();
        assertThat(keys.holdsKeyOf("person/p-2")).isTrue();
    }

    @Test
    void remembersTheErasureTheStoreKeptWhenDestroyedTwice() {
        keys.destroy("person/p-1", "erasure-1");
        keys.destroy("person/p-1", "erasure-2");

        assertThat(keys.find(List.of("person/p-1"))).containsEntry("person/p-1", new KeyState.Destroyed("erasure-1"));
    }

    @Test
    void aKeyAnotherInstanceDestroyedIsFoundDestroyedOnceForgottenHereAndByTheStore() {
        keys.keyFor("person/p-1");
        store.delegate.destroy("person/p-1", "erasure-1");

        keys.forget("person/p-1");

        assertThat(store.forgotten).containsExactly("person/p-1");
        assertThatThrownBy(() -> keys.keyFor("person/p-1")).isInstanceOf(SubjectKeyDestroyed.class);
        store.keysFor.clear();
        assertThatThrownBy(() -> keys.keyFor("person/p-1")).isInstanceOf(SubjectKeyDestroyed.class);
        assertThat(store.keysFor).as("the tombstone is remembered").isEmpty();
    }

    /** The in-memory store, counting what it is asked. */
    private static final class CountingKeys implements SubjectKeys {

        final InMemorySubjectKeys delegate = new InMemorySubjectKeys();
        final List<String> keysFor = new ArrayList<>();
        final List<List<String>> finds = new ArrayList<>();
        final List<String> destroyed = new ArrayList<>();
        final List<String> forgotten = new ArrayList<>();

        @Override
        public SubjectKey keyFor(String keyId) {
            keysFor.add(keyId);
            return delegate.keyFor(keyId);
        }

        @Override
        public Map<String, KeyState> find(Collection<String> keyIds) {
            finds.add(List.copyOf(keyIds));
            return delegate.find(keyIds);
        }

        @Override
        public void destroy(String keyId, String erasure) {
            destroyed.add(keyId);
            delegate.destroy(keyId, erasure);
        }

        @Override
        public void forget(String keyId) {
            forgotten.add(keyId);
        }
    }
}
