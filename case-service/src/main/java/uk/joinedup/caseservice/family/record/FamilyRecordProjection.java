package uk.joinedup.caseservice.family.record;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.chronology.Recorded;
import uk.joinedup.caseservice.family.api.FamilyErased;
import uk.joinedup.caseservice.family.api.FamilyEvent;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;

/**
 * Keeps one document per family up to date. Replays are harmless: an event at or below the stored
 * version has been applied already.
 */
@Component
@ProcessingGroup("family-records")
class FamilyRecordProjection {

    static final String COLLECTION = "family_records";

    private final DocumentCollection<FamilyRecord> records;

    FamilyRecordProjection(MongoDocuments documents) {
        this.records = documents.versionedCollection(COLLECTION, FamilyRecord.class);
    }

    @EventHandler
    void on(FamilyEvent event, DomainEventMessage<?> message) {
        String familyId = event.familyId().value();
        FamilyRecord current = records.find(familyId).orElse(null);
        if (current != null && current.version() >= message.getSequenceNumber()) {
            return;
        }
        records.save(
                familyId,
                FamilyRecordEvolver.evolve(current, event, Recorded.from(message), message.getSequenceNumber()));
    }

    /**
     * The family's record goes, with its stamp and its converted copy. A member's erasure changes nothing here: a
     * member is an id, and the family's page shows a member whose record is gone without name or date of birth.
     */
    @EventHandler
    void on(FamilyErased event) {
        records.delete(event.familyId().value());
    }

    @ResetHandler
    void reset() {
        records.deleteAll();
    }
}
