package uk.joinedup.caseservice.infrastructure.eventstore;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import uk.joinedup.caseservice.infrastructure.crypto.FileMasterKeys;
import uk.joinedup.caseservice.infrastructure.crypto.KeyState;
import uk.joinedup.caseservice.infrastructure.crypto.MongoSubjectKeys;
import uk.joinedup.caseservice.infrastructure.crypto.SubjectKeys;

/**
 * The events a store holds, read from its collection as tests that check the store itself need them: sealed
 * payloads opened with the store's own keys (those of an erased subject left out).
 */
public final class OpenedEvents {

    private OpenedEvents() {}

    /** Each event's payload type and payload, in store order. */
    public static List<OpenedEvent> in(MongoDatabase database, Path masterKeysDir) {
        SubjectKeys keys =
                new MongoSubjectKeys(database, FileMasterKeys.openExisting(masterKeysDir), Clock.systemUTC());
        List<OpenedEvent> opened = new ArrayList<>();
        for (BsonDocument commit : database.getCollection(CommitLogEventStorageEngine.COMMITS, BsonDocument.class)
                .find()
                .sort(new BsonDocument(EventDocuments.ID, new org.bson.BsonInt32(1)))) {
            List<BsonDocument> events = EventDocuments.events(commit);
            Map<String, KeyState> states = keys.find(Sealing.keyIdsOf(events));
            for (BsonDocument event : events) {
                String type = event.getString(EventDocuments.PAYLOAD_TYPE).getValue();
                BsonValue payload = event.get(EventDocuments.PAYLOAD);
                String keyId = Sealing.keyIdOf(payload);
                BsonDocument open = keyId == null
                        ? payload.asDocument()
                        : Sealing.open(
                                payload.asDocument(),
                                states.get(keyId),
                                event.getString(EventDocuments.EVENT_IDENTIFIER).getValue(),
                                type);
                if (open != null) {
                    opened.add(new OpenedEvent(type, open));
                }
            }
        }
        return opened;
    }

    /** An event's payload type (its class name) and its payload as written. */
    public record OpenedEvent(String payloadType, BsonDocument payload) {}
}
