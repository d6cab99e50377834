package uk.joinedup.caseservice.agreement.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agreement.api.SharingAgreementEvent;
import uk.joinedup.caseservice.chronology.Recorded;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;

/**
 * Keeps one document per agreement, and the list of every agreement's id (one atomic update per new
 * agreement). Replays are harmless: an event at or below the stored version has been applied already.
 */
@Component
@ProcessingGroup("sharing-agreements")
class AgreementProjection {

    static final String COLLECTION = "sharing_agreements";
    static final String LIST_COLLECTION = "sharing_agreement_list";
    static final String EVERY_AGREEMENT = "every-agreement";

    private final DocumentCollection<AgreementRecord> agreements;
    private final DocumentCollection<AgreementList> list;

    AgreementProjection(MongoDocuments documents) {
        this.agreements = documents.collection(COLLECTION, AgreementRecord.class);
        this.list = documents.collection(LIST_COLLECTION, AgreementList.class);
    }

    @EventHandler
    void on(SharingAgreementEvent event, DomainEventMessage<?> message) {
        String agreementId = event.agreementId().value();
        list.addToSet(EVERY_AGREEMENT, "agreementIds", agreementId);
        AgreementRecord current = agreements.find(agreementId).orElse(null);
        if (current != null && current.version() >= message.getSequenceNumber()) {
            return;
        }
        agreements.save(
                agreementId,
                AgreementRecordEvolver.evolve(current, event, Recorded.from(message), message.getSequenceNumber()));
    }

    @ResetHandler
    void reset() {
        agreements.deleteAll();
        list.deleteAll();
    }

    /** The ids of every agreement, as stored. */
    record AgreementList(@JsonProperty("_id") String key, Set<String> agreementIds) {

        AgreementList {
            agreementIds = agreementIds == null ? Set.of() : Set.copyOf(agreementIds);
        }
    }
}
