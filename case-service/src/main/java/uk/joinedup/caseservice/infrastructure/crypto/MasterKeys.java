package uk.joinedup.caseservice.infrastructure.crypto;

/**
 * The master keys (key-encryption keys) that wrap subject keys before they are stored, kept outside the database:
 * a copy of the database alone opens nothing. Each has a numbered generation; new keys are wrapped by the highest,
 * and a key wrapped by an older one opens for as long as that generation is kept (ADR 31).
 */
public interface MasterKeys {

    /** Wraps a subject key's 32 bytes under the current generation, bound to its key id and that generation. */
    Wrapped wrap(String keyId, byte[] key);

    /**
     * The 32 bytes of a subject key wrapped by {@link #wrap}; a missing generation throws {@link
     * IllegalStateException} naming it, wrapped bytes altered or stored under another key id throw {@link
     * EnvelopeTampered}.
     */
    byte[] unwrap(int generation, byte[] wrapped, String keyId);

    /** The generation that wraps new keys. */
    int currentGeneration();

    /**
     * Begins the next generation, which wraps new keys from now on, and returns it; keys wrapped by the older ones
     * still open until {@link MongoSubjectKeys#rewrapUnderCurrentGeneration} has wrapped them again.
     */
    int rotate();

    /** Takes up a generation another instance began. */
    void refresh();

    /** A wrapped subject key and the generation of the master key that wrapped it. */
    record Wrapped(int generation, byte[] bytes) {

        @Override
        public String toString() {
            return "Wrapped[generation " + generation + ", " + bytes.length + " bytes]";
        }
    }
}
