package uk.joinedup.caseservice.infrastructure.crypto;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.spec.SecretKeySpec;

/**
 * Subject keys in a map, for tests: {@link #keyFor} creates a key, {@link #destroy} leaves a tombstone (the first
 * erasure stays), {@link #find} answers {@link KeyState.Missing} for an id never seen, as the real store does.
 */
public final class InMemorySubjectKeys implements SubjectKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, KeyState> states = new ConcurrentHashMap<>();

    public InMemorySubjectKeys() {}

    @Override
    public SubjectKey keyFor(String keyId) {
        KeyState state = states.computeIfAbsent(keyId, id -> new KeyState.Present(newKey(id)));
        if (state instanceof KeyState.Destroyed destroyed) {
            throw new SubjectKeyDestroyed(keyId, destroyed.erasure());
        }
        return ((KeyState.Present) state).key();
    }

    @Override
    public Map<String, KeyState> find(Collection<String> keyIds) {
        Map<String, KeyState> found = new LinkedHashMap<>();
        keyIds.forEach(keyId -> found.put(keyId, states.getOrDefault(keyId, new KeyState.Missing())));
        return found;
    }

    @Override
    public void destroy(String keyId, String erasure) {
        states.compute(
                keyId, (id, state) -> state instanceof KeyState.Destroyed ? state : new KeyState.Destroyed(erasure));
    }

    private static SubjectKey newKey(String keyId) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new SubjectKey(keyId, new SecretKeySpec(key, "AES"));
    }
}
