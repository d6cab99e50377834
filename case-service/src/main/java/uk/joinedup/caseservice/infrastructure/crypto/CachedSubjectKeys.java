package uk.joinedup.caseservice.infrastructure.crypto;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Subject keys remembered in memory in front of their store, so that a replay reads each key once: at most
 * {@value #MAXIMUM_KEYS} present keys (about 40 MB), each forgotten {@link #FORGOTTEN_AFTER} after its last use.
 * Tombstones are remembered for good, since a destroyed key never returns. Another instance's erasure reaches this
 * one through {@link #forget}.
 */
public final class CachedSubjectKeys implements SubjectKeys {

    static final long MAXIMUM_KEYS = 200_000;
    static final Duration FORGOTTEN_AFTER = Duration.ofMinutes(10);

    private final SubjectKeys store;
    private final Cache<String, SubjectKey> present;
    private final Map<String, String> destroyed = new ConcurrentHashMap<>();

    public CachedSubjectKeys(SubjectKeys store) {
        this.store = store;
        this.present = Caffeine.newBuilder()
                .maximumSize(MAXIMUM_KEYS)
                .expireAfterAccess(FORGOTTEN_AFTER)
                .build();
    }

    @Override
    public SubjectKey keyFor(String keyId) {
        refuseIfDestroyed(keyId);
        try {
            return present.get(keyId, store::keyFor);
        } catch (SubjectKeyDestroyed e) {
            destroyed.putIfAbsent(e.keyId(), e.erasure());
            throw e;
        }
    }

    /** Asks the store, in one call, only for the keys not remembered here. */
    @Override
    public Map<String, KeyState> find(Collection<String> keyIds) {
        Map<String, KeyState> states = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String keyId : keyIds) {
            KeyState remembered = remembered(keyId);
            if (remembered != null) {
                states.put(keyId, remembered);
            } else if (!states.containsKey(keyId)) {
                states.put(keyId, new KeyState.Missing());
                unknown.add(keyId);
            }
        }
        if (!unknown.isEmpty()) {
            store.find(unknown).forEach((keyId, state) -> {
                remember(keyId, state);
                states.put(keyId, state);
            });
        }
        return states;
    }

    @Override
    public void destroy(String keyId, String erasure) {
        store.destroy(keyId, erasure);
        remember(keyId, store.find(List.of(keyId)).get(keyId));
        present.invalidate(keyId);
    }

    /** Forgets a key that another instance may have destroyed: the next use asks the store. */
    @Override
    public void forget(String keyId) {
        present.invalidate(keyId);
        store.forget(keyId);
    }

    /** Whether this key is in memory: an erased subject's key leaves it with its erasure. */
    boolean holdsKeyOf(String keyId) {
        return present.getIfPresent(keyId) != null;
    }

    private void refuseIfDestroyed(String keyId) {
        String erasure = destroyed.get(keyId);
        if (erasure != null) {
            throw new SubjectKeyDestroyed(keyId, erasure);
        }
    }

    private KeyState remembered(String keyId) {
        String erasure = destroyed.get(keyId);
        if (erasure != null) {
            return new KeyState.Destroyed(erasure);
        }
        SubjectKey key = present.getIfPresent(keyId);
        return key == null ? null : new KeyState.Present(key);
    }

    private void remember(String keyId, KeyState state) {
        if (state instanceof KeyState.Present found) {
            present.put(keyId, found.key());
        } else if (state instanceof KeyState.Destroyed tombstone) {
            destroyed.putIfAbsent(keyId, tombstone.erasure());
        }
        // A missing key is not remembered: it may be created at any time.
    }
}
