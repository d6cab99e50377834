package uk.joinedup.caseservice.chronology;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.bson.Document;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.person.api.CaseNoteRecorded;
import uk.joinedup.caseservice.person.api.PersonRegistered;

/** Records every fact about a person into their chronology document; idempotent by entry id. */
@Component
@ProcessingGroup("person-chronology")
class PersonChronologyProjection {

    static final String COLLECTION = "person_chronology";

    private final MongoCollection<Document> chronologies;
    private final MongoDocuments documents;

    PersonChronologyProjection(MongoDatabase database, MongoDocuments documents) {
        this.chronologies = database.getCollection(COLLECTION);
        this.documents = documents;
    }

    @EventHandler
    void on(PersonRegistered event) {
        Document identity = new Document("givenNames", event.name().givenNames())
                .append("familyName", event.name().familyName())
                .append("dateOfBirth", event.dateOfBirth().toString());
        chronologies.updateOne(
                byId(event.personId().value()), new Document("$set", identity), new UpdateOptions().upsert(true));
    }

    @EventHandler
    void on(CaseNoteRecorded event, @Timestamp Instant recordedAt, @MetaDataValue("userName") String recordedBy) {
        ChronologyEntry entry = new ChronologyEntry(
                event.noteId(),
                "CASE_NOTE",
                event.occurredOn(),
                event.owningAgency(),
                InformationCategory.CASE_NOTE,
                event.text(),
                recordedBy,
                recordedAt);
        chronologies.updateOne(
                byId(event.personId().value()),
                new Document("$set", new Document("entries." + entry.entryId(), documents.toDocument(entry))),
                new UpdateOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        chronologies.deleteMany(new Document());
    }

    private static Document byId(String id) {
        return new Document("_id", id);
    }
}
