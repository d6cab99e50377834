package uk.joinedup.caseservice.infrastructure.mongo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Converts read-model records to and from BSON documents with the application's Jackson mapper, so
 * read models are plain records: dates are ISO strings, ids plain strings.
 */
@Component
public class MongoDocuments {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final ObjectMapper mapper;

    MongoDocuments(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Document toDocument(Object value) {
        return new Document(mapper.convertValue(value, MAP));
    }

    public <T> T fromDocument(Document document, Class<T> type) {
        return mapper.convertValue(document, type);
    }
}
