package uk.joinedup.caseservice.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.retention.DatabaseSearch.Hit;

/** The whole-database search finds a string in every place a document can hold it, and nothing else. */
class DatabaseSearchTest {

    private final MongoServer server = new MongoServer(H2Backend.inMemory());
    private final MongoClient client =
            MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
    private final MongoDatabase database = client.getDatabase("search");

    @AfterEach
    void close() {
        client.close();
        server.shutdown();
    }

    @Test
    void findsAStringValueNestedInListsAndDocumentsWhateverItsCase() {
        database.getCollection("records")
                .insertOne(new Document("_id", "r-1")
                        .append("entries", List.of(new Document("text", "Seen with TOM HILL at school"))));

        assertThat(DatabaseSearch.find(database, Set.of("Tom Hill")))
                .containsExactly(new Hit("records", "r-1", "entries[0].text", "Tom Hill"));
    }

    @Test
    void findsAnIdMadeOfTheString() {
        database.getCollection("buckets").insertOne(new Document("_id", "dob:2011-03-04").append("n", 1));
        database.getCollection("numbered").insertOne(new Document("_id", 20110304).append("n", 1));

        assertThat(DatabaseSearch.find(database, Set.of("2011-03-04")))
                .containsExactly(new Hit("buckets", "dob:2011-03-04", "_id", "2011-03-04"));
        assertThat(DatabaseSearch.find(database, Set.of("20110304")))
                .as("an id that is not text, as text")
                .containsExactly(new Hit("numbered", "20110304", "_id", "20110304"));
    }

    @Test
    void findsAFieldNamedByTheString() {
        database.getCollection("filings")
                .insertOne(new Document("_id", "f-1").append("entries", new Document("nhs9434765919", "p-1")));

        assertThat(DatabaseSearch.find(database, Set.of("9434765919")))
                .containsExactly(new Hit("filings", "f-1", "entries.nhs9434765919", "9434765919"));
    }

    @Test
    void findsTheStringInABinaryValueDecodedAsUtf8() {
        byte[] body = "{\"name\":\"Zoë Hill\"}".getBytes(StandardCharsets.UTF_8);
        database.getCollection("answers").insertOne(new Document("_id", "k-1").append("body", new Binary(body)));

        assertThat(DatabaseSearch.find(database, Set.of("zoë hill")))
                .containsExactly(new Hit("answers", "k-1", "body", "zoë hill"));
    }

    @Test
    void looksInEveryCollectionAndFindsNothingWhereTheStringIsNot() {
        database.getCollection("one").insertOne(new Document("_id", "a").append("name", "Tom Hill"));
        database.getCollection("two").insertOne(new Document("_id", "b").append("name", "Tom Hillier"));
        database.getCollection("three").insertOne(new Document("_id", "c").append("name", "Ann Hill"));

        assertThat(DatabaseSearch.find(database, Set.of("tom hill")))
                .extracting(Hit::collection)
                .containsExactlyInAnyOrder("one", "two");
        assertThat(DatabaseSearch.find(database, Set.of("Sam Peters", "1999-01-01")))
                .isEmpty();
    }
}
