package uk.joinedup.caseservice.budget.record;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.budget.api.BudgetId;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;

/**
 * Reads family budgets as stored, unfiltered, for callers that apply the sharing policy before showing anything.
 * Few families hold a budget, so reading every one (for a manager's spend across their cases) reads a small
 * collection.
 */
@Component
public class BudgetRecords {

    private final DocumentCollection<BudgetRecord> records;

    BudgetRecords(MongoDocuments documents) {
        this.records = documents.versionedCollection(BudgetProjection.COLLECTION, BudgetRecord.class);
    }

    /** The family's budget, if anything was ever allocated to it. */
    public Optional<BudgetRecord> of(FamilyId familyId) {
        return records.find(BudgetId.of(familyId).value());
    }

    /** The budgets of these families that have one, in one read by {@code _id}, in no particular order. */
    public List<BudgetRecord> ofFamilies(Collection<String> familyIds) {
        return records.findAll(familyIds.stream()
                .map(familyId -> BudgetId.of(new FamilyId(familyId)).value())
                .toList());
    }

    /** Every family budget. */
    public List<BudgetRecord> all() {
        return records.findAll(records.ids());
    }
}
