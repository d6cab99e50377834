package uk.joinedup.webui.accesslog;

/**
 * What checking the access log's chain found, in words.
 *
 * @param heading "The access log is intact: 12,345 records checked", or where it first breaks
 * @param detail case-service's account of the broken link, with the hashes; null when intact
 * @param headHash the latest record's hash, to note down
 */
public record VerificationView(
        boolean intact,
        String heading,
        String detail,
        long from,
        long through,
        long headSequence,
        String headHash,
        long elapsedMillis) {}
