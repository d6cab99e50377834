package uk.joinedup.caseservice.family.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.family.api.FamilyErased;
import uk.joinedup.caseservice.family.api.FamilyEvent;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.FamilyMemberJoined;
import uk.joinedup.caseservice.family.api.FamilyRegistered;
import uk.joinedup.caseservice.family.api.Relationship;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.InMemoryDocuments;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.retention.DatabaseSearch;

/** An erased family's record goes, stamp and converted copy with it; another family's stays. */
class FamilyRecordErasureTest {

    private final InMemoryDocuments store = new InMemoryDocuments();
    private final FamilyRecordProjection projection = new FamilyRecordProjection(store.documents());
    private final DocumentCollection<FamilyRecord> records =
            store.documents().versionedCollection(FamilyRecordProjection.COLLECTION, FamilyRecord.class);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theErasedFamilysRecordAndItsStampGo() {
        family("hills", "Pemberton family", "tom");
        family("parks", "Park family", "ann");
        assertThat(records.find("hills"))
                .as("read once, so remembered converted")
                .isPresent();

        projection.on(new FamilyErased(new FamilyId("hills"), new ErasureId("erasure-1")));

        assertThat(records.find("hills")).isEmpty();
        assertThat(records.versions(Set.of("hills", "parks"))).containsOnlyKeys("parks");
        assertThat(DatabaseSearch.find(store.database(), Set.of("Pemberton", "hills")))
                .isEmpty();
        assertThat(records.find("parks")).get().extracting(FamilyRecord::name).isEqualTo("Park family");
    }

    private void family(String id, String name, String member) {
        FamilyId family = new FamilyId(id);
        handle(new FamilyRegistered(family, name, new AgencyId("early-help")), 0);
        handle(new FamilyMemberJoined(family, new PersonId(member), Relationship.CHILD, LocalDate.of(2026, 1, 1)), 1);
    }

    private void handle(FamilyEvent event, long sequence) {
        projection.on(
                event,
                new GenericDomainEventMessage<>("Family", event.familyId().value(), sequence, new Object()));
    }
}
