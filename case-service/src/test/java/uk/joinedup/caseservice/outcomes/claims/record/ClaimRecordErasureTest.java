package uk.joinedup.caseservice.outcomes.claims.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.family.api.FamilyErased;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.infrastructure.mongo.InMemoryDocuments;
import uk.joinedup.caseservice.outcomes.claims.ClaimFixtures;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimDrafted;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimId;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.retention.DatabaseSearch;

/** The results claimed for an erased family go, each and the list of them; another family's stay. */
class ClaimRecordErasureTest {

    private static final FamilyId PARKS = new FamilyId("family-park");

    private final InMemoryDocuments store = new InMemoryDocuments();
    private final ClaimRecordProjection projection = new ClaimRecordProjection(store.documents());
    private final ClaimRecords claims = new ClaimRecords(store.documents());

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theErasedFamilysClaimsGo() {
        handle(ClaimFixtures.drafted(1));
        handle(ClaimFixtures.feeDrafted(1));
        ClaimDrafted parks = new ClaimDrafted(
                ClaimId.of(ClaimFixtures.SCHEME, PARKS, ClaimFixtures.RESULT),
                1,
                ClaimFixtures.SCHEME,
                PARKS,
                ClaimFixtures.RESULT,
                ClaimFixtures.DRAFTED,
                null,
                ClaimFixtures.AMOUNT,
                ClaimFixtures.EVIDENCE,
                ClaimFixtures.DRAFTED);
        handle(parks);

        projection.on(new FamilyErased(ClaimFixtures.FAMILY, new ErasureId("erasure-1")));

        assertThat(claims.ofFamilies(List.of(ClaimFixtures.FAMILY.value()))).isEmpty();
        assertThat(DatabaseSearch.find(store.database(), Set.of(ClaimFixtures.FAMILY.value())))
                .isEmpty();
        assertThat(claims.ofFamilies(List.of(PARKS.value())))
                .extracting(ClaimRecord::familyId)
                .containsExactly(PARKS.value());
    }

    private void handle(ClaimDrafted drafted) {
        projection.on(
                drafted,
                new GenericDomainEventMessage<>("Claim", drafted.claimId().value(), 0, new Object()));
    }
}
