package uk.joinedup.caseservice.person.record;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.chronology.Recorded;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.person.api.PersonErased;
import uk.joinedup.caseservice.person.api.PersonEvent;

/**
 * Keeps one document per person up to date, and deletes it when the person is erased. Replays are harmless: an
 * event at or below the stored version has been applied already.
 */
@Component
@ProcessingGroup("person-records")
class PersonRecordProjection {

    static final String COLLECTION = "person_records";

    private final DocumentCollection<PersonRecord> records;

    PersonRecordProjection(MongoDocuments documents) {
        this.records = documents.versionedCollection(COLLECTION, PersonRecord.class);
    }

    @EventHandler
    void on(PersonEvent event, DomainEventMessage<?> message) {
        String personId = event.personId().value();
        PersonRecord current = records.find(personId).orElse(null);
        if (current != null && current.version() >= message.getSequenceNumber()) {
            return;
        }
        records.save(
                personId,
                PersonRecordEvolver.evolve(current, event, Recorded.from(message), message.getSequenceNumber()));
    }

    /** The person's record goes, with its stamp and its converted copy: their chronology names them throughout. */
    @EventHandler
    void on(PersonErased event) {
        records.delete(event.personId().value());
    }

    @ResetHandler
    void reset() {
        records.deleteAll();
    }
}
