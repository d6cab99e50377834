package uk.joinedup.caseservice.accesslog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The hash that links each record to the one before: {@code SHA-256(previousHash + canonical content)}
 * as 64 lower-case hex digits, where the canonical content is compact JSON written field by field in a
 * fixed order, with the sequence number, the format version, times to the millisecond in UTC, sets and
 * maps sorted, and absent values written as {@code null}. The first record's previous hash is {@link
 * #GENESIS}.
 *
 * <p>Format 1 ends with the search text ({@code "search"}); format 2 with its salted digest ({@code
 * "searchDigest"}) instead, so that an erasure can remove the text and the record still links ({@link
 * #searchProblem} checks the text against the digest while it is there).
 */
final class ChainHash {

    /** The previous hash of record 1. */
    static final String GENESIS = "0".repeat(64);

    /** The version of the canonical form new records are hashed with; a record keeps the version it was hashed with. */
    static final int FORMAT = 2;

    /** The first version, which hashed a search's text itself. */
    static final int SEARCH_TEXT_HASHED = 1;

    private static final JsonFactory JSON = new JsonFactory();
    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private ChainHash() {}

    /** The hash a record must carry, given the previous hash it carries. */
    static String of(LoggedAccess record) {
        MessageDigest sha256 = sha256();
        sha256.update(record.previousHash().getBytes(StandardCharsets.US_ASCII));
        sha256.update(canonical(record));
        return HEX.formatHex(sha256.digest());
    }

    /** The record's content as hashed: everything but its own hash and the previous one. */
    static byte[] canonical(LoggedAccess record) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeNumberField("format", record.format());
            json.writeNumberField("sequence", record.sequence());
            json.writeStringField("at", MILLIS.format(record.at()));
            json.writeStringField("userId", record.userId());
            json.writeStringField("userName", record.userName());
            json.writeStringField("agency", record.agency());
            json.writeStringField("what", record.what());
            json.writeStringField("subjectId", record.subjectId());
            strings(json, "personIds", record.personIds());
            categories(json, "shown", record.shown());
            categories(json, "withheld", record.withheld());
            strings(json, "references", record.references());
            if (record.format() == SEARCH_TEXT_HASHED) {
                json.writeStringField("search", record.search());
            } else {
                json.writeStringField("searchDigest", record.searchDigest());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** SHA-256 of the salt followed by the search text in UTF-8, as 64 lower-case hex digits. */
    static String searchDigest(byte[] salt, String search) {
        MessageDigest sha256 = sha256();
        sha256.update(salt);
        sha256.update(search.getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(sha256.digest());
    }

    /**
     * Why the record's search text does not agree with the digest the chain hashed, or null if it does: a format-2
     * record's text must match its digest, and text removed (or a salt without text) must have been redacted by
     * an erasure. A format-1 record hashes its text itself, so its hash alone tells.
     */
    static String searchProblem(LoggedAccess record) {
        if (record.format() == SEARCH_TEXT_HASHED) {
            return null;
        }
        if (record.search() == null) {
            if (record.searchSalt() != null) {
                return "Record " + record.sequence() + " keeps the salt of a search text it no longer holds";
            }
            if (record.searchDigest() != null && record.redacted() == null) {
                return "Record " + record.sequence() + "'s search text was removed, but no erasure redacted it";
            }
            return null;
        }
        if (record.searchSalt() == null
                || record.searchDigest() == null
                || !record.searchDigest().equals(searchDigest(salt(record.searchSalt()), record.search()))) {
            return "Record " + record.sequence() + "'s search text does not match the digest its hash covers";
        }
        return null;
    }

    private static byte[] salt(String hex) {
        try {
            return HEX.parseHex(hex);
        } catch (IllegalArgumentException notHex) {
            return new byte[0];
        }
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void categories(JsonGenerator json, String name, Map<String, List<String>> byCategory)
            throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, List<String>> category : byCategory.entrySet()) {
            strings(json, category.getKey(), category.getValue());
        }
        json.writeEndObject();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
