package uk.joinedup.caseservice.infrastructure.eventstore;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Raised when a read of the global stream has delivered events and reached the newest stored commit:
 * whoever caches what it read now holds those events, so consumers waiting for events can look again.
 */
final class ReadSignal {

    private final Set<Runnable> listeners = ConcurrentHashMap.newKeySet();

    /** Calls {@code listener} on every signal until the returned handle is run. */
    Runnable subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void raise() {
        listeners.forEach(Runnable::run);
    }
}
