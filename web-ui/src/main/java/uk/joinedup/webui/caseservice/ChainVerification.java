package uk.joinedup.webui.caseservice;

/**
 * What walking the access log's hash chain found.
 *
 * @param intact every record checked is present, unchanged and linked to the one before
 * @param from the first sequence number checked
 * @param through the last sequence number checked and found intact
 * @param checked how many records were checked
 * @param headSequence the last record's sequence number
 * @param headHash the last record's hash: noted down, it shows a later rewrite from there on
 * @param elapsedMillis how long the walk took
 * @param firstBroken the first broken link; null when intact
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
     * @param sequence the first record that is missing or does not check out
     * @param detail what is wrong, in words, with the hashes involved
     */
    public record BrokenLink(long sequence, Problem problem, String detail) {}

    /** What can be wrong with a link of the chain. */
    public enum Problem {
        CONTENT_CHANGED,
        PREVIOUS_HASH_MISMATCH,
        RECORD_MISSING,
        CHAIN_SHORTER_THAN_HEAD,
        HEAD_MISMATCH
    }
}
