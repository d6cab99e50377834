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
import uk.joinedup.caseservice.family.api.FamilyErased;
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
 * at query time, so an agency that left needs no removal here. An erased family leaves every agency's list: the
 * agencies each family is filed under are kept by family.
 */
@Component
@ProcessingGroup("claims-scope")
class ClaimsScopeProjection {

    static final String COLLECTION = "claims_scope";
    static final String AGENCIES = "claims_scope_agencies";
    static final int SHARDS = 16;

    private final DocumentCollection<ScopeShard> shards;
    private final DocumentCollection<FamilyAgencies> agencies;

    ClaimsScopeProjection(MongoDocuments documents) {
        this.shards = documents.collection(COLLECTION, ScopeShard.class);
        this.agencies = documents.collection(AGENCIES, FamilyAgencies.class);
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

    /** The family leaves the lists of every agency it was filed under. */
    @EventHandler
    void on(FamilyErased event) {
        String familyId = event.familyId().value();
        agencies.find(familyId).ifPresent(family -> {
            family.agencies().forEach(agency -> shards.pull(shardOf(agency, familyId), "familyIds", familyId));
            agencies.delete(familyId);
        });
    }

    @ResetHandler
    void reset() {
        shards.deleteAll();
        agencies.deleteAll();
    }

    private void file(AgencyId agency, FamilyId family) {
        String familyId = family.value();
        shards.addToSet(shardOf(agency.value(), familyId), "familyIds", familyId);
        agencies.addToSet(familyId, "agencies", agency.value());
    }

    private static String shardOf(String agency, String familyId) {
        return agency + "/" + Math.floorMod(familyId.hashCode(), SHARDS);
    }

    /** The ids of every document of an agency's families. */
    static List<String> allOf(AgencyId agency) {
        return IntStream.range(0, SHARDS)
                .mapToObj(n -> agency.value() + "/" + n)
                .toList();
    }

    /** The agencies a family is filed under, as stored: whose lists its erasure reaches. */
    record FamilyAgencies(@JsonProperty("_id") String familyId, Set<String> agencies) {

        FamilyAgencies {
            agencies = agencies == null ? Set.of() : Set.copyOf(agencies);
        }
    }

    /** One part of an agency's families, as stored. */
    record ScopeShard(@JsonProperty("_id") String shardId, Set<String> familyIds) {

        ScopeShard {
            familyIds = familyIds == null ? Set.of() : Set.copyOf(familyIds);
        }
    }
}
