package uk.joinedup.caseservice.outcomes.claims.record;

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

    ClaimRecords(MongoDocuments documents) {
        this.records = documents.collection(ClaimRecordProjection.COLLECTION, ClaimRecord.class);
    }

    public Optional<ClaimRecord> find(String claimId) {
        return records.find(claimId);
    }

    public List<ClaimRecord> findAll(Collection<String> claimIds) {
        return records.findAll(claimIds);
    }
}
