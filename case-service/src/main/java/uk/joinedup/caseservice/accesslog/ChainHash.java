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
 */
final class ChainHash {

    /** The previous hash of record 1. */
    static final String GENESIS = "0".repeat(64);

    /** The version of the canonical form; a record keeps the version it was hashed with. */
    static final int FORMAT = 1;

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
            json.writeNumberField("format", FORMAT);
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
            json.writeStringField("search", record.search());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
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
