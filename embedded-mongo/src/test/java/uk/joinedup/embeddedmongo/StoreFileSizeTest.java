package uk.joinedup.embeddedmongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.ReplaceOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 file stays near the size of its live data however many durable commits wrote it: each commit
 * writes a chunk, and without compaction the chunks that kept a few live pages added up to about
 * 7 KB of file per 900-byte document. Documents shaped like the event store's (an id, a unique
 * random key, about 900 bytes of fields and text), one durable commit each, from four writers, each
 * commit also rewriting a small "token" document, as a read model's processor does. Chunks may be
 * reused as soon as they are empty (no retention time), so the bound is on size, not on time.
 */
class StoreFileSizeTest {

    private static final int DOCUMENTS = 4_000;
    private static final int WRITERS = 4;
    private static final long MAX_BYTES_PER_DOCUMENT = 2_048;

    @TempDir
    Path dataDir;

    @Test
    void theFileStaysWithinTwoKilobytesPerDocumentOverOneDurableCommitPerDocument() throws Exception {
        try (EmbeddedMongoServer server = new EmbeddedMongoServer(properties());
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> events =
                    client.getDatabase("joinedup-test").getCollection("events");
            events.createIndex(new Document("streamKey", 1), new IndexOptions().unique(true));
            MongoCollection<Document> tokens =
                    client.getDatabase("joinedup-test").getCollection("tokens");
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int writer = 0; writer < WRITERS; writer++) {
                    int w = writer;
                    running.add(writers.submit(() -> {
                        Random random = new Random(w);
                        for (int i = 0; i < DOCUMENTS / WRITERS; i++) {
                            events.insertOne(event(random));
                            tokens.replaceOne(
                                    new Document("_id", "segment-" + w),
                                    new Document("_id", "segment-" + w).append("position", i),
                                    new ReplaceOptions().upsert(true));
                            server.commit();
                        }
                        return null;
                    }));
                }
                for (Future<?> writer : running) {
                    writer.get();
                }
            } finally {
                writers.shutdownNow();
            }
            assertThat(events.countDocuments()).isEqualTo(DOCUMENTS);

            long fileBytes = Files.size(dataDir.resolve("mongo.mv"));
            assertThat(fileBytes / DOCUMENTS)
                    .as("bytes of file per document (%,d bytes for %,d documents)", fileBytes, DOCUMENTS)
                    .isLessThan(MAX_BYTES_PER_DOCUMENT);
        }
    }

    /** About 900 bytes as BSON, like an event: identifiers, a type, metadata and a case note's words. */
    private static Document event(Random random) {
        StringBuilder text = new StringBuilder();
        while (text.length() < 450) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return new Document("streamKey", UUID.randomUUID() + "/" + random.nextInt(1_000))
                .append("eventIdentifier", UUID.randomUUID().toString())
                .append("aggregateType", "Person")
                .append("timestamp", "2026-12-02T11:" + (10 + random.nextInt(50)) + ":03.120Z")
                .append("payloadType", "uk.joinedup.caseservice.person.api.AgencyFactRecorded")
                .append(
                        "payload",
                        new Document("personId", UUID.randomUUID().toString())
                                .append("factId", UUID.randomUUID().toString())
                                .append("text", text.toString())
                                .append("category", "CASE_NOTE"))
                .append(
                        "metaData",
                        new Document("userId", "user-" + random.nextInt(300))
                                .append("agency", "agency-" + random.nextInt(12))
                                .append("traceId", Long.toHexString(random.nextLong())));
    }

    private static final String[] WORDS = ("visited the family at home with the school nurse and discussed attendance "
                    + "rent arrears housing officer agreed a repayment plan mother reports that the children are "
                    + "sleeping better since the move probation appointment missed rescheduled for next week early "
                    + "help worker will refer to the food bank benefit claim awaiting decision jobcentre adviser "
                    + "booked interview father attended parenting course session four of eight good engagement "
                    + "concerns about anti social behaviour reported by neighbours police informed no further action")
            .split(" ");

    private MongoProperties properties() {
        return new MongoProperties(null, "joinedup-test", dataDir, false, 0, Duration.ofHours(1), 8, Duration.ZERO);
    }
}
