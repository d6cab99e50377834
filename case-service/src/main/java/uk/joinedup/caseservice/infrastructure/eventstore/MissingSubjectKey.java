package uk.joinedup.caseservice.infrastructure.eventstore;

/**
 * An event is sealed under a key the key store has neither the key nor a tombstone for: the key store does not
 * match the events (restored from another backup) or there is a bug. Reading fails loudly rather than taking the
 * event for erased.
 */
public final class MissingSubjectKey extends IllegalStateException {

    public MissingSubjectKey(String keyId) {
        super("No key and no tombstone for " + keyId + ": the key store does not match the event store");
    }
}
