package uk.joinedup.caseservice.infrastructure.mongo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Read-model records as BSON documents, converted with the application's Jackson mapper: read models
 * are plain records, dates ISO strings, ids plain strings.
 */
@Component
public class MongoDocuments {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    /**
     * How much of each versioned collection is kept converted: 50,000 records or chronology entries, about
     * 50 MB of a 512 MB heap at the largest.
     */
    private static final long CONVERTED_WEIGHT = 50_000;

    /** The suffix of the collection that holds a versioned collection's stamps: each record's id and version. */
    static final String STAMPS = "_versions";

    private final Map<String, ConvertedRecords<?>> converted = new ConcurrentHashMap<>();

    private final ObjectMapper mapper;
    private final MongoDatabase database;

    MongoDocuments(ObjectMapper mapper, MongoDatabase database) {
        this.mapper = mapper;
        this.database = database;
    }

    /** A read-model collection of records of the given type. */
    public <T> DocumentCollection<T> collection(String name, Class<T> type) {
        return new DocumentCollection<>(database.getCollection(name), null, this, type, null);
    }

    /**
     * A read-model collection of records that carry a {@code version} raised by every change: each version
     * of a record is converted from its document once (see {@link ConvertedRecords}), shared by every
     * {@link DocumentCollection} of that name.
     */
    @SuppressWarnings("unchecked")
    public <T> DocumentCollection<T> versionedCollection(String name, Class<T> type) {
        ConvertedRecords<T> records =
                (ConvertedRecords<T>) converted.computeIfAbsent(name, any -> new ConvertedRecords<T>(CONVERTED_WEIGHT));
        return new DocumentCollection<>(
                database.getCollection(name), database.getCollection(name + STAMPS), this, type, records);
    }

    Document toDocument(Object value) {
        return new Document(mapper.convertValue(value, MAP));
    }

    <T> T fromDocument(Document document, Class<T> type) {
        return mapper.convertValue(document, type);
    }
}
