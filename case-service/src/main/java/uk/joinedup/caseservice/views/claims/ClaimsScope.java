package uk.joinedup.caseservice.views.claims;

import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.views.claims.ClaimsScopeProjection.ScopeShard;

/**
 * Reads the families an agency has ever been involved in: its shards, by {@code _id $in}. The scope of the claims
 * page and of a manager's cohort costs ({@code views.cohortcost}); whether the agency is involved now is for the
 * caller to decide from each family's record.
 */
@Component
public class ClaimsScope {

    private final DocumentCollection<ScopeShard> shards;

    ClaimsScope(MongoDocuments documents) {
        this.shards = documents.collection(ClaimsScopeProjection.COLLECTION, ScopeShard.class);
    }

    public Set<String> familiesOf(AgencyId agency) {
        Set<String> familyIds = new HashSet<>();
        shards.findAll(ClaimsScopeProjection.allOf(agency)).forEach(shard -> familyIds.addAll(shard.familyIds()));
        return familyIds;
    }
}
