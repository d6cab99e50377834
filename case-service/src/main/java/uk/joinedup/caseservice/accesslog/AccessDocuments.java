package uk.joinedup.caseservice.accesslog;

import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * Records of the access log as BSON documents in {@value #RECORDS}, {@code _id} = the sequence number:
 *
 * <pre>
 * { _id: 42, format: 2, at: ISODate(…), userId: "jo.carter", userName: "Jo Carter",
 *   agency: "southampton-probation", what: "PERSON_SEARCH", subjectId: null, personIds: ["…"],
 *   shown: { IDENTITY: ["OWN_AGENCY"] }, withheld: { HEALTH: ["NO_EXPLICIT_CONSENT"] },
 *   references: [], search: "name: Tom Hill", searchSalt: "…", searchDigest: "…",
 *   previousHash: "…", hash: "…" }
 * </pre>
 *
 * A search redacted by an erasure holds {@code search: null, searchSalt: null, redacted: "<erasure id>"}; a
 * record of format 1 has no salt or digest.
 *
 * Reading a document back gives the record it was written from; a document that cannot be read (a
 * field removed or of the wrong type) is {@link Unreadable}.
 */
final class AccessDocuments {

    static final String RECORDS = "access_log";
    static final String ID = "_id";
    static final String AT = "at";
    static final String HASH = "hash";
    static final String FORMAT = "format";
    static final String PERSON_IDS = "personIds";
    static final String SEARCH = "search";
    static final String SEARCH_SALT = "searchSalt";
    static final String SEARCH_DIGEST = "searchDigest";
    static final String REDACTED = "redacted";

    private AccessDocuments() {}

    /** The records, written and read with majority concern (on the embedded store that is plain acknowledgement). */
    static MongoCollection<BsonDocument> records(MongoDatabase database) {
        return majority(database.getCollection(RECORDS, BsonDocument.class));
    }

    static MongoCollection<BsonDocument> majority(MongoCollection<BsonDocument> collection) {
        return collection.withWriteConcern(WriteConcern.MAJORITY).withReadConcern(ReadConcern.MAJORITY);
    }

    static BsonDocument toDocument(LoggedAccess record) {
        BsonDocument document = new BsonDocument(ID, new BsonInt64(record.sequence()))
                .append(FORMAT, new BsonInt32(record.format()))
                .append(AT, new BsonDateTime(record.at().toEpochMilli()))
                .append("userId", string(record.userId()))
                .append("userName", string(record.userName()))
                .append("agency", string(record.agency()))
                .append("what", string(record.what()))
                .append("subjectId", string(record.subjectId()))
                .append(PERSON_IDS, strings(record.personIds()))
                .append("shown", categories(record.shown()))
                .append("withheld", categories(record.withheld()))
                .append("references", strings(record.references()))
                .append(SEARCH, string(record.search()));
        if (record.format() != ChainHash.SEARCH_TEXT_HASHED) {
            document.append(SEARCH_SALT, string(record.searchSalt()))
                    .append(SEARCH_DIGEST, string(record.searchDigest()));
        }
        if (record.redacted() != null) {
            document.append(REDACTED, string(record.redacted()));
        }
        return document.append("previousHash", string(record.previousHash())).append(HASH, string(record.hash()));
    }

    /** The record the document holds; throws {@link Unreadable} if it is not one. */
    static LoggedAccess toRecord(BsonDocument document) {
        try {
            int format = document.getInt32(FORMAT).getValue();
            if (format != ChainHash.FORMAT && format != ChainHash.SEARCH_TEXT_HASHED) {
                throw new Unreadable("format " + format + " is unknown");
            }
            return new LoggedAccess(
                    sequence(document),
                    format,
                    Instant.ofEpochMilli(document.getDateTime(AT).getValue()),
                    requiredString(document, "userId"),
                    optionalString(document, "userName"),
                    requiredString(document, "agency"),
                    requiredString(document, "what"),
                    optionalString(document, "subjectId"),
                    strings(document.getArray(PERSON_IDS)),
                    categories(document.getDocument("shown")),
                    categories(document.getDocument("withheld")),
                    strings(document.getArray("references")),
                    optionalString(document, SEARCH),
                    optionalString(document, SEARCH_SALT),
                    optionalString(document, SEARCH_DIGEST),
                    optionalString(document, REDACTED),
                    requiredString(document, "previousHash"),
                    requiredString(document, HASH));
        } catch (org.bson.BsonInvalidOperationException | ClassCastException | NullPointerException e) {
            throw new Unreadable(e.getMessage());
        }
    }

    static long sequence(BsonDocument document) {
        return document.get(ID).asNumber().longValue();
    }

    /** The hash the document carries, if it carries one. */
    static String hash(BsonDocument document) {
        BsonValue hash = document.get(HASH);
        return hash != null && hash.isString() ? hash.asString().getValue() : null;
    }

    /** {@code {_id: {$in: sequences}}} */
    static BsonDocument bySequences(Collection<Long> sequences) {
        BsonArray ids = new BsonArray(sequences.size());
        sequences.forEach(sequence -> ids.add(new BsonInt64(sequence)));
        return new BsonDocument(ID, new BsonDocument("$in", ids));
    }

    /** {@code {_id: {$in: [from, from + 1, …, to]}}} */
    static BsonDocument bySequences(long from, long to) {
        BsonArray ids = new BsonArray((int) (to - from + 1));
        for (long sequence = from; sequence <= to; sequence++) {
            ids.add(new BsonInt64(sequence));
        }
        return new BsonDocument(ID, new BsonDocument("$in", ids));
    }

    private static BsonValue string(String value) {
        return value == null ? BsonNull.VALUE : new BsonString(value);
    }

    private static BsonArray strings(List<String> values) {
        BsonArray array = new BsonArray(values.size());
        values.forEach(value -> array.add(new BsonString(value)));
        return array;
    }

    private static BsonDocument categories(Map<String, List<String>> byCategory) {
        BsonDocument document = new BsonDocument();
        byCategory.forEach((category, values) -> document.append(category, strings(values)));
        return document;
    }

    private static String requiredString(BsonDocument document, String field) {
        return document.getString(field).getValue();
    }

    private static String optionalString(BsonDocument document, String field) {
        BsonValue value = document.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.asString().getValue();
    }

    private static List<String> strings(BsonArray array) {
        List<String> values = new ArrayList<>(array.size());
        array.forEach(value -> values.add(value.asString().getValue()));
        return values;
    }

    private static Map<String, List<String>> categories(BsonDocument document) {
        Map<String, List<String>> byCategory = new LinkedHashMap<>();
        document.forEach((category, values) -> byCategory.put(category, strings(values.asArray())));
        return byCategory;
    }

    /** A stored document that is not a record of the log (or no longer one). */
    static final class Unreadable extends RuntimeException {

        Unreadable(String reason) {
            super("The record cannot be read: " + reason, null, false, false);
        }
    }
}
