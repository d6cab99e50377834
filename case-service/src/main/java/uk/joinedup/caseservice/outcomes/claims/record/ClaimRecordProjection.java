package uk.joinedup.caseservice.outcomes.claims.record;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.chronology.Recorded;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimEvent;

/** Keeps one document per result's claims, replaced whole; a replayed event changes nothing. */
@Component
@ProcessingGroup("result-claims")
class ClaimRecordProjection {

    static final String COLLECTION = "result_claims";

    private final DocumentCollection<ClaimRecord> records;

    ClaimRecordProjection(MongoDocuments documents) {
        this.records = documents.collection(COLLECTION, ClaimRecord.class);
    }

    @EventHandler
    void on(ClaimEvent event, DomainEventMessage<?> message) {
        String claimId = event.claimId().value();
        ClaimRecord current = records.find(claimId).orElse(null);
        if (current != null && current.version() >= message.getSequenceNumber()) {
            return;
        }
        records.save(
                claimId,
                ClaimRecordEvolver.evolve(current, event, Recorded.from(message), message.getSequenceNumber()));
    }

    @ResetHandler
    void reset() {
        records.deleteAll();
    }
}
