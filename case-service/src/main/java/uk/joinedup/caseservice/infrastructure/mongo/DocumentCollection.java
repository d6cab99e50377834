package uk.joinedup.caseservice.infrastructure.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * A collection of read-model records, each stored as one document keyed by the id it is fetched by.
 * Every operation is an {@code _id} lookup (or {@code $in} of ids): the fast path on every store.
 */
public final class DocumentCollection<T> {

    private final MongoCollection<Document> collection;
    private final MongoDocuments documents;
    private final Class<T> type;

    DocumentCollection(MongoCollection<Document> collection, MongoDocuments documents, Class<T> type) {
        this.collection = collection;
        this.documents = documents;
        this.type = type;
    }

    public Optional<T> find(String id) {
        return Optional.ofNullable(collection.find(byId(id)).first()).map(found -> documents.fromDocument(found, type));
    }

    /** The records with these ids that exist, in no particular order. */
    public List<T> findAll(Collection<String> ids) {
        List<T> found = new ArrayList<>();
        if (!ids.isEmpty()) {
            collection
                    .find(new Document("_id", new Document("$in", List.copyOf(ids))))
                    .forEach(document -> found.add(documents.fromDocument(document, type)));
        }
        return found;
    }

    /** Stores the record under its id; the record's own {@code _id} property must equal it. */
    public void save(String id, T record) {
        collection.replaceOne(byId(id), documents.toDocument(record), new ReplaceOptions().upsert(true));
    }

    public void delete(String id) {
        collection.deleteOne(byId(id));
    }

    public void deleteAll() {
        collection.deleteMany(new Document());
    }

    private static Document byId(String id) {
        return new Document("_id", id);
    }
}
