package uk.joinedup.caseservice.infrastructure.web;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.personaldata.DataSubject;

/**
 * The keys in use, one document per user and key, reached only by {@code _id} (the one lookup the embedded
 * store does fast). A key is claimed by inserting its document: the unique {@code _id} makes exactly one of
 * two racing requests the owner; the other finds the claim.
 */
@Component
class IdempotencyKeys {

    static final Duration KEPT_FOR = Duration.ofHours(24);

    private final MongoCollection<Document> keys;
    private final Clock clock;

    IdempotencyKeys(MongoDatabase database, Clock clock) {
        this.keys = database.getCollection("idempotency-keys");
        this.clock = clock;
    }

    /** What was found under a key: the request it was claimed for and, once answered, the answer. */
    record Claim(String requestHash, Answer answer) {}

    /** An answer kept to be given again. */
    record Answer(int status, String contentType, String location, byte[] body) {}

    /** Claims the key for this request; empty when claimed, else what an earlier request left there. */
    Optional<Claim> claim(String id, String requestHash) {
        Instant now = clock.instant();
        try {
            keys.insertOne(new Document("_id", id)
                    .append("requestHash", requestHash)
                    .append("expiresAt", Date.from(now.plus(KEPT_FOR))));
            return Optional.empty();
        } catch (MongoWriteException taken) {
            if (taken.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw taken;
            }
        }
        Optional<Claim> earlier = find(id);
        if (earlier.isEmpty()) {
            return claim(id, requestHash); // released in between
        }
        Document document = keys.find(new Document("_id", id)).first();
        if (document != null && document.getDate("expiresAt").toInstant().isBefore(now)) {
            keys.deleteOne(new Document("_id", id).append("expiresAt", document.getDate("expiresAt")));
            return claim(id, requestHash);
        }
        return earlier;
    }

    Optional<Claim> find(String id) {
        Document document = keys.find(new Document("_id", id)).first();
        if (document == null) {
            return Optional.empty();
        }
        Document answer = document.get("answer", Document.class);
        return Optional.of(new Claim(
                document.getString("requestHash"),
                answer == null
                        ? null
                        : new Answer(
                                answer.getInteger("status"),
                                answer.getString("contentType"),
                                answer.getString("location"),
                                answer.get("body", Binary.class).getData())));
    }

    void answered(String id, Answer answer) {
        keys.updateOne(
                new Document("_id", id),
                new Document(
                        "$set",
                        new Document(
                                "answer",
                                new Document("status", answer.status())
                                        .append("contentType", answer.contentType())
                                        .append("location", answer.location())
                                        .append("body", new Binary(answer.body())))));
    }

    /**
     * Deletes the keys kept longer than {@link #KEPT_FOR}; returns how many. A scan of the collection,
     * which holds about a day of writes: run off the request path by {@link IdempotencyKeySweeper}.
     */
    long sweepExpired() {
        return keys.deleteMany(new Document("expiresAt", new Document("$lt", Date.from(clock.instant()))))
                .getDeletedCount();
    }

    /**
     * Deletes the answers that name the subject's id, in their body or location: the answer to the request that
     * registered a person holds their name. Returns how many. A scan of the collection, which holds about a day of
     * writes: an erasure is rare, and an answer is found by what it says, which no index holds.
     */
    long forget(DataSubject subject) {
        List<Object> naming = new ArrayList<>();
        keys.find(new Document("answer", new Document("$exists", true)))
                .projection(new Document("answer.body", 1).append("answer.location", 1))
                .forEach(document -> {
                    Document answer = document.get("answer", Document.class);
                    Binary body = answer.get("body", Binary.class);
                    String location = answer.getString("location");
                    if ((body != null && names(new String(body.getData(), StandardCharsets.UTF_8), subject.id()))
                            || (location != null && names(location, subject.id()))) {
                        naming.add(document.get("_id"));
                    }
                });
        if (naming.isEmpty()) {
            return 0;
        }
        return keys.deleteMany(new Document("_id", new Document("$in", naming))).getDeletedCount();
    }

    /** Whether the text holds the id as a whole word: not {@code p-12} for {@code p-1}. */
    private static boolean names(String text, String id) {
        for (int at = text.indexOf(id); at >= 0; at = text.indexOf(id, at + 1)) {
            int end = at + id.length();
            if ((at == 0 || !partOfAnId(text.charAt(at - 1)))
                    && (end == text.length() || !partOfAnId(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean partOfAnId(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }

    /** Gives the key up: the request failed on the service's side, so a retry may carry it out. */
    void release(String id) {
        keys.deleteOne(new Document("_id", id));
    }
}
