package uk.joinedup.caseservice.family.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.family.api.FamilyErased;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.FamilyMemberJoined;
import uk.joinedup.caseservice.family.api.FamilyMemberLeft;
import uk.joinedup.caseservice.family.api.Relationship;
import uk.joinedup.caseservice.infrastructure.mongo.InMemoryDocuments;
import uk.joinedup.caseservice.person.api.PersonErased;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.retention.DatabaseSearch;

/** An erased person's households, current and former, are forgotten; another member's stay. */
class MembershipsErasureTest {

    private final InMemoryDocuments store = new InMemoryDocuments();
    private final Memberships memberships = new Memberships(store.documents());

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theErasedPersonsHouseholdsAreForgotten() {
        joined("hills", "tom");
        joined("hills", "ann");
        joined("parks", "tom");
        memberships.on(new FamilyMemberLeft(
                new FamilyId("parks"), new PersonId("tom"), LocalDate.of(2026, 2, 1), "Moved back"));

        memberships.on(new PersonErased(new PersonId("tom"), new ErasureId("erasure-1")));

        assertThat(memberships.everyFamilyOf("tom")).isEmpty();
        assertThat(DatabaseSearch.find(store.database(), Set.of("tom"))).isEmpty();
        assertThat(memberships.currentFamiliesOf("ann")).containsExactly("hills");
        assertThat(DatabaseSearch.find(store.database(), Set.of("parks")))
                .as("only the household's own list of members names it")
                .extracting(DatabaseSearch.Hit::collection)
                .containsExactly("membership_families");
    }

    @Test
    void anErasedFamilyLeavesTheHouseholdsOfEveryoneWhoWasInIt() {
        joined("hills", "tom");
        joined("hills", "ann");
        joined("parks", "ann");
        memberships.on(new FamilyMemberLeft(
                new FamilyId("hills"), new PersonId("tom"), LocalDate.of(2026, 2, 1), "Moved out"));

        memberships.on(new FamilyErased(new FamilyId("hills"), new ErasureId("erasure-1")));

        assertThat(DatabaseSearch.find(store.database(), Set.of("hills"))).isEmpty();
        assertThat(memberships.everyFamilyOf("tom")).isEmpty();
        assertThat(memberships.everyFamilyOf("ann")).containsExactly("parks");
    }

    private void joined(String family, String person) {
        memberships.on(new FamilyMemberJoined(
                new FamilyId(family), new PersonId(person), Relationship.CHILD, LocalDate.of(2026, 1, 1)));
    }
}
