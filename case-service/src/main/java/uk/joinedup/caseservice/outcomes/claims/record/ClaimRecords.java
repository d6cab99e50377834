package uk.joinedup.caseservice.outcomes.claims.record;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;

/** Reads results' claims by id: callers decide who may see them. */
@Component
public class ClaimRecords {

    private final DocumentCollection<ClaimRecord> records;
    private final DocumentCollection<FamilyClaims> byFamily;

    public ClaimRecords(MongoDocuments documents) {
        this.records = documents.collection(ClaimRecordProjection.COLLECTION, ClaimRecord.class);
        this.byFamily = documents.collection(ClaimRecordProjection.BY_FAMILY, FamilyClaims.class);
    }

    public Optional<ClaimRecord> find(String claimId) {
        return records.find(claimId);
    }

    public List<ClaimRecord> findAll(Collection<String> claimIds) {
        return records.findAll(claimIds);
    }

    /** Every result claimed for these families, each with all its claims. */
    public List<ClaimRecord> ofFamilies(Collection<String> familyIds) {
        List<String> claimIds = new ArrayList<>();
        byFamily.findAll(familyIds).forEach(family -> claimIds.addAll(family.claimIds()));
        return records.findAll(claimIds);
    }
}
