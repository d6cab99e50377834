package uk.joinedup.caseservice.budget.record;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.budget.api.BudgetEvent;
import uk.joinedup.caseservice.chronology.Recorded;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;

/**
 * Keeps one document per family budget, rewritten whole per event: a budget has a few dozen entries at most. An
 * event at or below the stored version has been applied already (replays are harmless).
 */
@Component
@ProcessingGroup("budgets")
class BudgetProjection {

    static final String COLLECTION = "budgets";

    private final DocumentCollection<BudgetRecord> records;

    BudgetProjection(MongoDocuments documents) {
        this.records = documents.versionedCollection(COLLECTION, BudgetRecord.class);
    }

    @EventHandler
    void on(BudgetEvent event, DomainEventMessage<?> message) {
        String budgetId = event.budgetId().value();
        BudgetRecord current = records.find(budgetId).orElse(null);
        if (current != null && current.version() >= message.getSequenceNumber()) {
            return;
        }
        records.save(
                budgetId,
                BudgetRecordEvolver.evolve(current, event, Recorded.from(message), message.getSequenceNumber()));
    }

    @ResetHandler
    void reset() {
        records.deleteAll();
    }
}
