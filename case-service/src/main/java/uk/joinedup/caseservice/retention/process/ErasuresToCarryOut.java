package uk.joinedup.caseservice.retention.process;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.retention.erasure.api.ErasureApproved;
import uk.joinedup.caseservice.retention.erasure.api.ErasureCompleted;

/**
 * The erasures approved and not yet carried out, in one document (they are few, and each is gone once
 * complete): added when an officer approves one, removed when it is recorded complete.
 */
@Component
@ProcessingGroup("erasures-to-carry-out")
class ErasuresToCarryOut {

    static final String COLLECTION = "erasures_to_carry_out";
    private static final String PENDING = "pending";
    private static final String ERASURES = "erasures";

    private final DocumentCollection<Pending> pending;

    ErasuresToCarryOut(MongoDocuments documents) {
        this.pending = documents.collection(COLLECTION, Pending.class);
    }

    @EventHandler
    void on(ErasureApproved event) {
        pending.putRecordEntry(PENDING, ERASURES, event.erasureId().value(), event.subject());
    }

    @EventHandler
    void on(ErasureCompleted event) {
        pending.removeEntry(PENDING, ERASURES, event.erasureId().value());
    }

    /** Each erasure approved and not yet complete, by erasure id: whose record it erases. */
    Map<String, DataSubject> all() {
        return pending.find(PENDING).map(Pending::erasures).orElse(Map.of());
    }

    @ResetHandler
    void reset() {
        pending.deleteAll();
    }

    /** The erasures awaiting their run, as stored. */
    record Pending(@JsonProperty("_id") String id, Map<String, DataSubject> erasures) {

        Pending {
            erasures = erasures == null ? Map.of() : Map.copyOf(erasures);
        }
    }
}
