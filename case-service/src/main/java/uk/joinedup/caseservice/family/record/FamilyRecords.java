package uk.joinedup.caseservice.family.record;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.chronology.History;
import uk.joinedup.caseservice.family.api.FamilyEvent;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;

/**
 * Reads family records, unfiltered: callers apply the sharing policy before showing anything. "As at"
 * records are rebuilt from the event stream, not from the read model.
 */
@Component
public class FamilyRecords {

    private final DocumentCollection<FamilyRecord> records;
    private final EventStore eventStore;

    FamilyRecords(MongoDocuments documents, EventStore eventStore) {
        this.records = documents.versionedCollection(FamilyRecordProjection.COLLECTION, FamilyRecord.class);
        this.eventStore = eventStore;
    }

    public Optional<FamilyRecord> find(String familyId) {
        return records.find(familyId);
    }

    /** Every family's id, from the records' stamps. */
    public List<String> ids() {
        return records.ids();
    }

    public List<FamilyRecord> findAll(Collection<String> familyIds) {
        return records.findAll(familyIds);
    }

    /**
     * The version of each record asked for that exists, read from the records' stamps (ADR 23): for a reader that
     * keeps what it made of a record at a version, and reads the record only when it has changed.
     */
    public Map<String, Long> versions(Collection<String> familyIds) {
        return records.versions(familyIds);
    }

    /** The record as it stood on {@code date}: what had happened by then, as it is known now. */
    public Optional<FamilyRecord> asAt(String familyId, LocalDate date) {
        return History.asAt(
                eventStore,
                familyId,
                date,
                FamilyEvent.class,
                FamilyRecordEvolver::businessDate,
                FamilyRecordEvolver::evolve);
    }
}
