package uk.joinedup.caseservice.infrastructure.eventstore;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Raised by the commit writer once commits are durable, so that streams waiting at the head of the
 * log read again at once instead of at their next poll.
 */
final class CommitSignal {

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
