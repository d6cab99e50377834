package uk.joinedup.caseservice.infrastructure.crypto;

/**
 * An envelope failed its tag: its bytes, nonce, key or associated data are not those it was sealed with. That is
 * tampering or corruption, never an erasure (an erased subject's key is gone, so nothing is opened).
 */
public final class EnvelopeTampered extends RuntimeException {

    public EnvelopeTampered() {
        super("an envelope failed its authentication tag");
    }
}
