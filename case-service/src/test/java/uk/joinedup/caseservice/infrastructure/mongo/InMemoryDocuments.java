package uk.joinedup.caseservice.infrastructure.mongo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;

/** Read-model documents on an in-memory embedded server, reached through the driver: for read-model tests. */
public final class InMemoryDocuments implements AutoCloseable {

    private final MongoServer server = new MongoServer(H2Backend.inMemory());
    private final MongoClient client;
    private final MongoDocuments documents;

    public InMemoryDocuments() {
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        documents =
                new MongoDocuments(new ObjectMapper().registerModule(new JavaTimeModule()), client.getDatabase("test"));
    }

    public MongoDocuments documents() {
        return documents;
    }

    /** Read-model documents over the same database as a service started again sees them: nothing converted yet. */
    public MongoDocuments restarted() {
        return new MongoDocuments(new ObjectMapper().registerModule(new JavaTimeModule()), client.getDatabase("test"));
    }

    /** The database as the driver sees it, for a store that reads a collection itself or a search of it whole. */
    public MongoDatabase database() {
        return client.getDatabase("test");
    }

    /** A collection as the driver sees it, to change documents behind the read models' back. */
    public MongoCollection<Document> collection(String name) {
        return client.getDatabase("test").getCollection(name);
    }

    /** Every document of a collection, as stored. */
    public java.util.List<org.bson.Document> all(String collection) {
        return client.getDatabase("test").getCollection(collection).find().into(new java.util.ArrayList<>());
    }

    @Override
    public void close() {
        client.close();
        server.shutdown();
    }
}
