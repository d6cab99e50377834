package uk.joinedup.caseservice.person.record;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.chronology.History;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.person.api.PersonEvent;

/**
 * Reads person records, unfiltered: callers apply the sharing policy before showing anything. "As at"
 * records are rebuilt from the event stream, not from the read model.
 */
@Component
public class PersonRecords {

    private final DocumentCollection<PersonRecord> records;
    private final EventStore eventStore;

    PersonRecords(MongoDocuments documents, EventStore eventStore) {
        this.records = documents.versionedCollection(PersonRecordProjection.COLLECTION, PersonRecord.class);
        this.eventStore = eventStore;
    }

    public Optional<PersonRecord> find(String personId) {
        return records.find(personId);
    }

    public List<PersonRecord> findAll(Collection<String> personIds) {
        return records.findAll(personIds);
    }

    /** The record as it stood on {@code date}: what had happened by then, as it is known now. */
    public Optional<PersonRecord> asAt(String personId, LocalDate date) {
        return History.asAt(
                eventStore,
                personId,
                date,
                PersonEvent.class,
                PersonRecordEvolver::businessDate,
                PersonRecordEvolver::evolve);
    }
}
