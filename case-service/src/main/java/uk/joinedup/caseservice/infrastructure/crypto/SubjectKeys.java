package uk.joinedup.caseservice.infrastructure.crypto;

import java.util.Collection;
import java.util.Map;

/**
 * The store of data subjects' keys, by key id ({@code person/<id>}, {@code family/<id>}, {@code candidate/<id>}).
 * The default keeps them in MongoDB, wrapped by a master key held outside the database; a council's key
 * management service can implement it instead.
 */
public interface SubjectKeys {

    /** The subject's key, created if it has none yet; two callers racing to create it get the same key. */
    SubjectKey keyFor(String keyId);

    /** The state of each of these keys: every id asked for has an entry. */
    Map<String, KeyState> find(Collection<String> keyIds);

    /** Destroys the key, leaving a tombstone naming the erasure; destroying it again changes nothing. */
    void destroy(String keyId, String erasure);

    /**
     * Forgets whatever this store remembers of the key, which another instance may have destroyed: the next use
     * asks where the keys are kept. A store that remembers nothing has nothing to do.
     */
    default void forget(String keyId) {}
}
