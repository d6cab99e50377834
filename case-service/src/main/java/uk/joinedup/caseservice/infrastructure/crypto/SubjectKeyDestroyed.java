package uk.joinedup.caseservice.infrastructure.crypto;

/**
 * A subject's key was destroyed by an erasure, and nothing may be sealed for an erased subject again. The message
 * names the key id and the erasure, never key material.
 */
public final class SubjectKeyDestroyed extends RuntimeException {

    private final String keyId;
    private final String erasure;

    public SubjectKeyDestroyed(String keyId, String erasure) {
        super("the key " + keyId + " was destroyed by erasure " + erasure
                + ": nothing may be sealed for an erased subject");
        this.keyId = keyId;
        this.erasure = erasure;
    }

    public String keyId() {
        return keyId;
    }

    public String erasure() {
        return erasure;
    }
}
