package uk.joinedup.caseservice.views.claims;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.FamilyRegistered;
import uk.joinedup.caseservice.family.api.KeyworkerJoinedTeam;
import uk.joinedup.caseservice.family.api.LeadProfessionalAppointed;
import uk.joinedup.caseservice.family.api.LeadProfessionalHandedOver;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;

/**
 * Files every family under each agency that has ever been involved in its case (registered it, had a
 * keyworker on its team or led it), split over {@value #SHARDS} documents per agency ({@code agency/n}), each
 * change one atomic add. A superset: whether the agency is involved now is decided from the family's record
 * at query time, so an agency that left needs no removal here.
 */
@Component
@ProcessingGroup("claims-scope")
class ClaimsScopeProjection {

    static final String COLLECTION = "claims_scope";
    static final int SHARDS = 16;

    private final DocumentCollection<ScopeShard> shards;

    ClaimsScopeProjection(MongoDocuments documents) {
        this.shards = documents.collection(COLLECTION, ScopeShard.class);
    }

    @EventHandler
    void on(FamilyRegistered event) {
        file(event.registeredBy(), event.familyId());
    }

    @EventHandler
    void on(KeyworkerJoinedTeam event) {
        file(event.member().agency(), event.familyId());
    }

    @EventHandler
    void on(LeadProfessionalAppointed event) {
        file(event.lead().agency(), event.familyId());
    }

    @EventHandler
    void on(LeadProfessionalHandedOver event) {
        file(event.to().agency(), event.familyId());
    }

    @ResetHandler
    void reset() {
        shards.deleteAll();
    }

    private void file(AgencyId agency, FamilyId family) {
        String familyId = family.value();
        shards.addToSet(agency.value() + "/" + Math.floorMod(familyId.hashCode(), SHARDS), "familyIds", familyId);
    }

    /** The ids of every document of an agency's families. */
    static List<String> allOf(AgencyId agency) {
        return IntStream.range(0, SHARDS)
                .mapToObj(n -> agency.value() + "/" + n)
                .toList();
    }

    /** One part of an agency's families, as stored. */
    record ScopeShard(@JsonProperty("_id") String shardId, Set<String> familyIds) {

        ScopeShard {
            familyIds = familyIds == null ? Set.of() : Set.copyOf(familyIds);
        }
    }
}
