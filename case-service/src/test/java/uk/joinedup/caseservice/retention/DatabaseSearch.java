package uk.joinedup.caseservice.retention;

import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Looks for strings everywhere in a database, as an erasure's check does (ADR 31, section 5): every collection
 * ({@code listCollectionNames}), every document, every string value, every {@code _id} (whatever its type), every
 * field name, and every binary value decoded as UTF-8, case-insensitively. For tests that must find an erased
 * person's name, date of birth and identifiers nowhere.
 */
public final class DatabaseSearch {

    /**
     * One place a string was found.
     *
     * @param documentId the document's {@code _id}, as text
     * @param path where in the document, fields joined by dots and list positions in brackets ({@code
     *     entries.abc.details[2]}); a field name found is its own path
     * @param string the string searched for that was found there
     */
    public record Hit(String collection, String documentId, String path, String string) {}

    private final List<String> wanted;
    private final List<String> lowerCase;

    private DatabaseSearch(Collection<String> strings) {
        this.wanted = List.copyOf(strings);
        this.lowerCase = wanted.stream().map(DatabaseSearch::lower).toList();
    }

    /** Every place in the database where any of the strings occurs, in collection and document order. */
    public static List<Hit> find(MongoDatabase database, Collection<String> strings) {
        DatabaseSearch search = new DatabaseSearch(strings);
        List<Hit> hits = new ArrayList<>();
        for (String collection : database.listCollectionNames()) {
            for (BsonDocument document :
                    database.getCollection(collection, BsonDocument.class).find()) {
                String id = idOf(document);
                search.walk(document, "", (path, text) -> search.match(text, collection, id, path, hits));
            }
        }
        return hits;
    }

    private void walk(BsonValue value, String path, Texts texts) {
        if (value.isDocument()) {
            for (Map.Entry<String, BsonValue> field : value.asDocument().entrySet()) {
                String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                texts.found(at, field.getKey());
                walk(field.getValue(), at, texts);
            }
        } else if (value.isArray()) {
            BsonArray array = value.asArray();
            for (int index = 0; index < array.size(); index++) {
                walk(array.get(index), path + "[" + index + "]", texts);
            }
        } else if (value.isString()) {
            texts.found(path, value.asString().getValue());
        } else if (value.isSymbol()) {
            texts.found(path, value.asSymbol().getSymbol());
        } else if (value.isBinary()) {
            texts.found(path, new String(value.asBinary().getData(), StandardCharsets.UTF_8));
        } else if (path.equals("_id")) {
            texts.found(path, textOf(value));
        }
    }

    private void match(String text, String collection, String documentId, String path, List<Hit> hits) {
        String lower = lower(text);
        for (int at = 0; at < wanted.size(); at++) {
            if (lower.contains(lowerCase.get(at))) {
                hits.add(new Hit(collection, documentId, path, wanted.get(at)));
            }
        }
    }

    private static String idOf(BsonDocument document) {
        BsonValue id = document.get("_id");
        return id == null ? null : textOf(id);
    }

    /** A value as text: a string as itself, a binary decoded, anything else as its JSON-like form. */
    private static String textOf(BsonValue value) {
        if (value.isString()) {
            return value.asString().getValue();
        }
        if (value instanceof BsonBinary binary) {
            return new String(binary.getData(), StandardCharsets.UTF_8);
        }
        if (value.isObjectId()) {
            return value.asObjectId().getValue().toHexString();
        }
        if (value.isInt32() || value.isInt64()) {
            return String.valueOf(value.asNumber().longValue());
        }
        return value.toString();
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Told of each text found at a path: a field's name, or a value. */
    @FunctionalInterface
    private interface Texts {
        void found(String path, String text);
    }
}
