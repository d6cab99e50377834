package uk.joinedup.caseservice.infrastructure.mongo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.util.Map;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Read-model records as BSON documents, converted with the application's Jackson mapper: read models
 * are plain records, dates ISO strings, ids plain strings.
 */
@Component
public class MongoDocuments {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final ObjectMapper mapper;
    private final MongoDatabase database;

    MongoDocuments(ObjectMapper mapper, MongoDatabase database) {
        this.mapper = mapper;
        this.database = database;
    }

    /** A read-model collection of records of the given type. */
    public <T> DocumentCollection<T> collection(String name, Class<T> type) {
        return new DocumentCollection<>(database.getCollection(name), this, type);
    }

    Document toDocument(Object value) {
        return new Document(mapper.convertValue(value, MAP));
    }

    <T> T fromDocument(Document document, Class<T> type) {
        return mapper.convertValue(document, type);
    }
}
