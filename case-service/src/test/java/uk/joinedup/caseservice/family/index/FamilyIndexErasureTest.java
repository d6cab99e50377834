package uk.joinedup.caseservice.family.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.family.api.FamilyErased;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.FamilyMemberJoined;
import uk.joinedup.caseservice.family.api.FamilyMemberLeft;
import uk.joinedup.caseservice.family.api.FamilyRegistered;
import uk.joinedup.caseservice.family.api.Relationship;
import uk.joinedup.caseservice.infrastructure.mongo.InMemoryDocuments;
import uk.joinedup.caseservice.person.api.PersonErased;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.retention.DatabaseSearch;

/**
 * An erased family leaves the keys of its name and of its members, each left empty deleted; an erased person's own
 * key goes. Other families stay filed.
 */
class FamilyIndexErasureTest {

    private final InMemoryDocuments store = new InMemoryDocuments();
    private final FamilyIndex index = new FamilyIndex(store.documents());

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anErasedFamilyLeavesItsNamesKeysAndItsMembersKeys() {
        registered("hills", "Pemberton-Hill");
        joined("hills", "tom");
        joined("hills", "ann");
        joined("hills", "bob");
        index.on(new FamilyMemberLeft(new FamilyId("hills"), new PersonId("bob"), LocalDate.of(2026, 3, 1), "Moved"));
        registered("parks", "Park");
        joined("parks", "ann");

        index.on(new FamilyErased(new FamilyId("hills"), new ErasureId("erasure-1")));

        assertThat(DatabaseSearch.find(store.database(), Set.of("pemberton", "hills")))
                .isEmpty();
        assertThat(store.all(FamilyIndex.KEYS))
                .as("every key left holds a family")
                .allSatisfy(bucket ->
                        assertThat(bucket.get("entries", Document.class)).containsOnlyKeys("parks"));
        assertThat(store.all(FamilyIndex.KEYS))
                .extracting(bucket -> bucket.get("_id"))
                .contains("member:ann");
    }

    @Test
    void anErasedPersonsOwnKeyGoesWithTheNamesOfTheirFamilies() {
        registered("hills", "Pemberton-Hill");
        joined("hills", "tom");
        joined("hills", "ann");

        index.on(new PersonErased(new PersonId("tom"), new ErasureId("erasure-1")));

        assertThat(DatabaseSearch.find(store.database(), Set.of("tom"))).isEmpty();
        assertThat(store.all(FamilyIndex.KEYS))
                .extracting(bucket -> bucket.get("_id"))
                .contains("member:ann");
    }

    private void registered(String familyId, String name) {
        index.on(new FamilyRegistered(new FamilyId(familyId), name, new AgencyId("early-help")));
    }

    private void joined(String familyId, String personId) {
        index.on(new FamilyMemberJoined(
                new FamilyId(familyId), new PersonId(personId), Relationship.CHILD, LocalDate.of(2026, 1, 1)));
    }
}
