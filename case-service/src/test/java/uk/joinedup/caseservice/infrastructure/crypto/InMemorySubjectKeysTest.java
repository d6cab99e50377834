package uk.joinedup.caseservice.infrastructure.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-memory store other tests use behaves as {@code subject_keys} does. */
class InMemorySubjectKeysTest {

    private final InMemorySubjectKeys keys = new InMemorySubjectKeys();

    @Test
    void createsAKeyOnceAndFindsIt() {
        SubjectKey created = keys.keyFor("person/p-1");

        assertThat(keys.keyFor("person/p-1")).isSameAs(created);
        assertThat(keys.find(List.of("person/p-1", "person/p-2")))
                .containsEntry("person/p-1", new KeyState.Present(created))
                .containsEntry("person/p-2", new KeyState.Missing());
    }

    @Test
    void aDestroyedKeyKeepsItsFirstErasureAndIsNeverCreatedAgain() {
        keys.keyFor("person/p-1");

        keys.destroy("person/p-1", "erasure-1");
        keys.destroy("person/p-1", "erasure-2");

        assertThat(keys.find(List.of("person/p-1"))).containsEntry("person/p-1", new KeyState.Destroyed("erasure-1"));
        assertThatThrownBy(() -> keys.keyFor("person/p-1"))
                .isInstanceOfSatisfying(
                        SubjectKeyDestroyed.class, e -> assertThat(e.erasure()).isEqualTo("erasure-1"));
    }
}
