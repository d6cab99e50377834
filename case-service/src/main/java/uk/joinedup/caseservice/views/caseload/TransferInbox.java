package uk.joinedup.caseservice.views.caseload;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.family.api.CaseClosed;
import uk.joinedup.caseservice.family.api.CaseTransferAccepted;
import uk.joinedup.caseservice.family.api.CaseTransferDeclined;
import uk.joinedup.caseservice.family.api.CaseTransferProposed;
import uk.joinedup.caseservice.family.api.FamilyErased;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;

/**
 * Keeps the transfers awaiting the receiving agency's decision, in one document (transfers are few): each added as
 * it is proposed and removed when accepted, declined, withdrawn by closing the case or erased with the family, each
 * one atomic update.
 */
@Component
@ProcessingGroup("transfer-inbox")
class TransferInbox {

    static final String COLLECTION = "transfers_awaiting_decision";
    static final String AWAITING = "awaiting";
    static final String TRANSFERS = "transfers";

    private final DocumentCollection<Awaiting> inbox;

    TransferInbox(MongoDocuments documents) {
        this.inbox = documents.collection(COLLECTION, Awaiting.class);
    }

    @EventHandler
    void on(CaseTransferProposed event) {
        inbox.putRecordEntry(
                AWAITING,
                TRANSFERS,
                event.transferId().value(),
                new AwaitingTransfer(
                        event.familyId().value(), event.proposedLead().agency().value()));
    }

    @EventHandler
    void on(CaseTransferAccepted event) {
        inbox.removeEntry(AWAITING, TRANSFERS, event.transferId().value());
    }

    @EventHandler
    void on(CaseTransferDeclined event) {
        inbox.removeEntry(AWAITING, TRANSFERS, event.transferId().value());
    }

    @EventHandler
    void on(CaseClosed event) {
        withdraw(event.familyId().value());
    }

    @EventHandler
    void on(FamilyErased event) {
        withdraw(event.familyId().value());
    }

    /** The family's transfers leave the inbox. */
    private void withdraw(String familyId) {
        awaiting().forEach((transferId, transfer) -> {
            if (transfer.familyId().equals(familyId)) {
                inbox.removeEntry(AWAITING, TRANSFERS, transferId);
            }
        });
    }

    /** Every transfer awaiting a decision, by transfer id. */
    Map<String, AwaitingTransfer> awaiting() {
        return inbox.find(AWAITING).map(Awaiting::transfers).orElse(Map.of());
    }

    /** The transfers awaiting a decision, as stored. */
    record Awaiting(@JsonProperty("_id") String id, Map<String, AwaitingTransfer> transfers) {

        Awaiting {
            transfers = transfers == null ? Map.of() : Map.copyOf(transfers);
        }
    }

    /** A transfer awaiting a decision: the family and the receiving agency. */
    record AwaitingTransfer(String familyId, String receivingAgency) {}

    @ResetHandler
    void reset() {
        inbox.deleteAll();
    }
}
