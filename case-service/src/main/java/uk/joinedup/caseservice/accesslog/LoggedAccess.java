package uk.joinedup.caseservice.accesslog;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One record of the access log as stored: an {@link AccessRecord} with its place in the chain. Its
 * values are plain strings rather than the enums they were written from, so that a record stays
 * readable, and its hash checkable, after an enum constant is renamed or removed. Sets and maps are
 * sorted, so that equal records have equal canonical forms ({@link ChainHash}).
 *
 * <p>A search's text is personal data (a name, a date of birth, an NHS number), which an erasure must be able
 * to remove without breaking the chain. So a record of format 2 hashes not the text but its {@code
 * searchDigest}, the SHA-256 of a random {@code searchSalt} followed by the text, and keeps the text and the
 * salt beside it; an erasure sets both to null and says which erasure did ({@code redacted}), and the digest
 * still links the record into the chain. Records of format 1, written before, hash the text itself.
 *
 * @param sequence its place in the log: 1, 2, 3…, in the order records were appended
 * @param format the version of the canonical form it was hashed with ({@link ChainHash#FORMAT} for new records)
 * @param at when the view happened, to the millisecond
 * @param userId who looked
 * @param userName their name at the time
 * @param agency their agency's id
 * @param what what was looked at ({@link AccessRecord.Viewed})
 * @param subjectId the person or family id; for a search, null
 * @param personIds the people whose information the view showed, sorted
 * @param shown the categories shown, each with the bases it was shown on, sorted
 * @param withheld the categories withheld, each with the reasons, sorted
 * @param references the consents, agreement versions and overrides the bases rested on, in order
 * @param search for a search, what was searched for (null once redacted); otherwise null
 * @param searchSalt format 2: the 16 random bytes (hex) the digest of the search was salted with; null once
 *     redacted, and for a record that is not a search
 * @param searchDigest format 2: SHA-256 (hex) of the salt followed by the search text (UTF-8), which the chain
 *     hashes; null for a record that is not a search
 * @param redacted the erasure that removed the search text; otherwise null
 * @param previousHash the hash of the record before ({@link ChainHash#GENESIS} for the first)
 * @param hash SHA-256 over the previous hash and this record's canonical content
 */
public record LoggedAccess(
        long sequence,
        int format,
        Instant at,
        String userId,
        String userName,
        String agency,
        String what,
        String subjectId,
        List<String> personIds,
        Map<String, List<String>> shown,
        Map<String, List<String>> withheld,
        List<String> references,
        String search,
        String searchSalt,
        String searchDigest,
        String redacted,
        String previousHash,
        String hash) {

    /** Bytes of salt per search: enough that a digest cannot be matched against a list of likely names. */
    static final int SALT_BYTES = 16;

    private static final SecureRandom SALTS = new SecureRandom();

    public LoggedAccess {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(what, "what");
        at = at.truncatedTo(ChronoUnit.MILLIS);
        personIds = sorted(personIds);
        shown = sorted(shown);
        withheld = sorted(withheld);
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** The record to append, not yet placed in the chain; a search's digest is salted afresh. */
    static LoggedAccess unchained(AccessRecord record) {
        byte[] salt = new byte[SALT_BYTES];
        SALTS.nextBytes(salt);
        return unchained(record, salt);
    }

    /** The record to append, a search's digest salted with these bytes. */
    static LoggedAccess unchained(AccessRecord record, byte[] salt) {
        Objects.requireNonNull(record.agency(), "agency");
        Objects.requireNonNull(record.what(), "what");
        String search = record.search();
        return new LoggedAccess(
                0,
                ChainHash.FORMAT,
                record.at(),
                record.userId(),
                record.userName(),
                record.agency().value(),
                record.what().name(),
                record.subjectId(),
                record.personIds() == null ? null : List.copyOf(record.personIds()),
                names(record.shown()),
                names(record.withheld()),
                record.references(),
                search,
                search == null ? null : HexFormat.of().formatHex(salt),
                search == null ? null : ChainHash.searchDigest(salt, search),
                null,
                null,
                null);
    }

    /** This record at a place in the chain, hashed. */
    LoggedAccess chainedAt(long sequence, String previousHash) {
        LoggedAccess placed = new LoggedAccess(
                sequence,
                format,
                at,
                userId,
                userName,
                agency,
                what,
                subjectId,
                personIds,
                shown,
                withheld,
                references,
                search,
                searchSalt,
                searchDigest,
                redacted,
                previousHash,
                null);
        return placed.withHash(ChainHash.of(placed));
    }

    private LoggedAccess withHash(String hash) {
        return new LoggedAccess(
                sequence,
                format,
                at,
                userId,
                userName,
                agency,
                what,
                subjectId,
                personIds,
                shown,
                withheld,
                references,
                search,
                searchSalt,
                searchDigest,
                redacted,
                previousHash,
                hash);
    }

    private static List<String> sorted(Collection<String> values) {
        return values == null ? List.of() : values.stream().sorted().toList();
    }

    private static Map<String, List<String>> sorted(Map<String, List<String>> byCategory) {
        if (byCategory == null) {
            return Map.of();
        }
        TreeMap<String, List<String>> sorted = new TreeMap<>();
        byCategory.forEach((category, values) -> sorted.put(category, sorted(values)));
        return Collections.unmodifiableMap(sorted);
    }

    private static <K extends Enum<K>, V extends Enum<V>> Map<String, List<String>> names(
            Map<K, ? extends Collection<V>> byCategory) {
        if (byCategory == null) {
            return null;
        }
        TreeMap<String, List<String>> names = new TreeMap<>();
        byCategory.forEach((category, values) -> names.put(
                category.name(),
                values == null ? List.of() : values.stream().map(Enum::name).toList()));
        return names;
    }
}
