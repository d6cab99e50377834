package uk.joinedup.caseservice.infrastructure.crypto;

/** What the key store holds for a key id: the key, its tombstone, or nothing at all. */
public sealed interface KeyState {

    /** The key exists: what was sealed under it can be opened. */
    record Present(SubjectKey key) implements KeyState {}

    /** The key was destroyed by an erasure: what was sealed under it is erased. */
    record Destroyed(String erasure) implements KeyState {}

    /**
     * Neither key nor tombstone: the key store does not match the events (restored from another backup, or a
     * bug). Never read as an erasure.
     */
    record Missing() implements KeyState {}
}
