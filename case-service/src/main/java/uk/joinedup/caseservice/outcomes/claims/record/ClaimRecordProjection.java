package uk.joinedup.caseservice.outcomes.claims.record;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.chronology.Recorded;
import uk.joinedup.caseservice.family.api.FamilyErased;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimEvent;

/**
 * Keeps one document per result's claims, replaced whole, and each family's claimed results by id; a replayed
 * event changes nothing.
 */
@Component
@ProcessingGroup("result-claims")
class ClaimRecordProjection {

    static final String COLLECTION = "result_claims";

    static final String BY_FAMILY = "result_claims_by_family";

    private final DocumentCollection<ClaimRecord> records;
    private final DocumentCollection<FamilyClaims> byFamily;

    ClaimRecordProjection(MongoDocuments documents) {
        this.records = documents.collection(COLLECTION, ClaimRecord.class);
        this.byFamily = documents.collection(BY_FAMILY, FamilyClaims.class);
    }

    @EventHandler
    void on(ClaimEvent event, DomainEventMessage<?> message) {
        String claimId = event.claimId().value();
        ClaimRecord current = records.find(claimId).orElse(null);
        if (current != null && current.version() >= message.getSequenceNumber()) {
            return;
        }
        ClaimRecord evolved =
                ClaimRecordEvolver.evolve(current, event, Recorded.from(message), message.getSequenceNumber());
        if (current == null) {
            // first, so that a failure before the record is saved repeats both when the event is handled again
            byFamily.addToSet(evolved.familyId(), FamilyClaims.CLAIM_IDS, claimId);
        }
        records.save(claimId, evolved);
    }

    /** The results claimed for the family go, each by id, and the list of them. */
    @EventHandler
    void on(FamilyErased event) {
        String familyId = event.familyId().value();
        byFamily.find(familyId).ifPresent(claims -> {
            claims.claimIds().forEach(records::delete);
            byFamily.delete(familyId);
        });
    }

    @ResetHandler
    void reset() {
        records.deleteAll();
        byFamily.deleteAll();
    }
}
