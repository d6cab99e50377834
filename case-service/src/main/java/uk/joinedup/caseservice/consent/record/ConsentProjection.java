package uk.joinedup.caseservice.consent.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.chronology.Recorded;
import uk.joinedup.caseservice.consent.api.ConsentEvent;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.person.api.PersonErased;

/**
 * Keeps one document per person with every consent on their record. Each consent is its own stream, so
 * two consents of one person may be handled at once: each is written as one atomic update of its own
 * entry. Replays are harmless: an event at or below the consent's stored version has been applied.
 */
@Component
@ProcessingGroup("consents")
class ConsentProjection {

    static final String COLLECTION = "consents";
    static final String CONSENTS = "consents";

    private final DocumentCollection<PersonConsents> people;

    ConsentProjection(MongoDocuments documents) {
        this.people = documents.collection(COLLECTION, PersonConsents.class);
    }

    @EventHandler
    void on(ConsentEvent event, DomainEventMessage<?> message) {
        String personId = event.personId().value();
        String consentId = event.consentId().value();
        ConsentRecord current = people.find(personId)
                .map(consents -> consents.consents().get(consentId))
                .orElse(null);
        if (current != null && current.version() >= message.getSequenceNumber()) {
            return;
        }
        people.putRecordEntry(
                personId,
                CONSENTS,
                consentId,
                ConsentRecordEvolver.evolve(current, event, Recorded.from(message), message.getSequenceNumber()));
    }

    /** The person's consents go: who gave them, their names and notes. */
    @EventHandler
    void on(PersonErased event) {
        people.delete(event.personId().value());
    }

    @ResetHandler
    void reset() {
        people.deleteAll();
    }

    /** A person's consents as stored, by consent id. */
    record PersonConsents(@JsonProperty("_id") String personId, Map<String, ConsentRecord> consents) {

        PersonConsents {
            consents = consents == null ? Map.of() : Map.copyOf(consents);
        }
    }
}
