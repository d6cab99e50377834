package uk.joinedup.caseservice.accesslog;

/**
 * What walking the chain found.
 *
 * @param intact whether every record from {@code from} to {@code through} is present, unchanged and
 *     linked to the one before, and the head document agrees with the chain
 * @param from the first sequence number checked
 * @param through the last sequence number checked and found intact (from - 1 if none)
 * @param checked how many records were checked
 * @param headSequence the last sequence number according to the head document
 * @param headHash the hash the head document holds: note it down, and a later verification that finds
 *     a different hash at that sequence number shows the log was rewritten from there on
 * @param elapsedMillis how long the walk took
 * @param firstBroken the first broken link, if the chain is not intact; otherwise null
 */
public record ChainVerification(
        boolean intact,
        long from,
        long through,
        long checked,
        long headSequence,
        String headHash,
        long elapsedMillis,
        BrokenLink firstBroken) {

    /**
     * Where the chain breaks.
     *
     * @param sequence the sequence number of the first record that is missing or does not check out
     * @param problem what is wrong with it
     * @param detail the same in words, with the hashes involved
     */
    public record BrokenLink(long sequence, Problem problem, String detail) {}

    /** What can be wrong with a link of the chain. */
    public enum Problem {
        /** The record's content (or its hash) was changed: its hash is not the hash of its content. */
        CONTENT_CHANGED,
        /** The record does not follow the one before: its previous hash is not that record's hash. */
        PREVIOUS_HASH_MISMATCH,
        /** The record is missing, and records after it are present. */
        RECORD_MISSING,
        /** The chain ends before the last record the head document names: the last records are missing. */
        CHAIN_SHORTER_THAN_HEAD,
        /** The record the head document names does not carry the hash the head document holds. */
        HEAD_MISMATCH
    }
}
