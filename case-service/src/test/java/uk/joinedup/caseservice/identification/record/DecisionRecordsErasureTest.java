package uk.joinedup.caseservice.identification.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.family.api.FamilyErased;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.identification.api.CandidateDecided;
import uk.joinedup.caseservice.identification.api.CandidateDecision;
import uk.joinedup.caseservice.identification.api.CandidateId;
import uk.joinedup.caseservice.infrastructure.mongo.InMemoryDocuments;
import uk.joinedup.caseservice.person.api.PersonErased;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.retention.DatabaseSearch;

/**
 * The decision on an erased family as a candidate goes, and so do the decisions on the households an erased person
 * was a member of; the decisions on others stay, and the households naming the person are still found for the
 * erasure's keys.
 */
class DecisionRecordsErasureTest {

    private static final PersonId DEBORAH = new PersonId("deborah-hill");
    private static final PersonId TOM = new PersonId("tom-hill");
    private static final PersonId SAM = new PersonId("sam-park");

    private final InMemoryDocuments store = new InMemoryDocuments();
    private final DecisionRecords decisions = new DecisionRecords(store.documents());

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theDecisionOnTheErasedFamilyGoes() {
        decided(CandidateId.of(new FamilyId("hills")), Set.of(), "Tom Hill already known to the school");
        decided(CandidateId.of(new FamilyId("parks")), Set.of(), "No concerns");

        decisions.on(new FamilyErased(new FamilyId("hills"), new ErasureId("erasure-1")));

        assertThat(decisions.latest(List.of("family-hills", "family-parks"))).containsOnlyKeys("family-parks");
        assertThat(DatabaseSearch.find(store.database(), Set.of("Tom Hill", "family-hills")))
                .isEmpty();
    }

    @Test
    void findsTheHouseholdsDecidedOnByEachOfTheirMembers() {
        CandidateId hills = CandidateId.household(Set.of(DEBORAH, TOM));
        CandidateId deborahAlone = CandidateId.household(Set.of(DEBORAH));
        CandidateId parks = CandidateId.household(Set.of(SAM));
        decided(hills, Set.of(DEBORAH, TOM), "Deborah Hill's household: rent arrears");
        decided(hills, Set.of(DEBORAH, TOM), "Deborah Hill's household: rent arrears cleared");
        decided(deborahAlone, Set.of(DEBORAH), "Deborah Hill: moved out");
        decided(parks, Set.of(SAM), "No concerns");

        assertThat(decisions.householdsNaming(DEBORAH)).containsExactlyInAnyOrder(hills, deborahAlone);
        assertThat(decisions.householdsNaming(TOM)).containsExactly(hills);
        assertThat(decisions.householdsNaming(new PersonId("nobody"))).isEmpty();
    }

    @Test
    void theDecisionsOnTheErasedPersonsHouseholdsGoAndAreStillFoundByThem() {
        CandidateId hills = CandidateId.household(Set.of(DEBORAH, TOM));
        CandidateId parks = CandidateId.household(Set.of(SAM));
        decided(hills, Set.of(DEBORAH, TOM), "Deborah Hill's household: rent arrears");
        decided(parks, Set.of(SAM), "No concerns");

        decisions.on(new PersonErased(DEBORAH, new ErasureId("erasure-1")));
        decisions.on(new PersonErased(DEBORAH, new ErasureId("erasure-1")));

        assertThat(decisions.latest(List.of(hills.value(), parks.value()))).containsOnlyKeys(parks.value());
        assertThat(DatabaseSearch.find(store.database(), Set.of("Deborah Hill")))
                .isEmpty();
        assertThat(decisions.householdsNaming(DEBORAH)).containsExactly(hills);
    }

    @Test
    void aDecisionOfRevision1NamesNoMembersAndIsNotFoundByThem() {
        CandidateId hills = CandidateId.household(Set.of(DEBORAH, TOM));
        decided(hills, Set.of(), "Deborah Hill's household: rent arrears");

        decisions.on(new PersonErased(DEBORAH, new ErasureId("erasure-1")));

        assertThat(decisions.householdsNaming(DEBORAH)).isEmpty();
        assertThat(decisions.latest(List.of(hills.value()))).containsOnlyKeys(hills.value());
    }

    private void decided(CandidateId candidate, Set<PersonId> members, String reason) {
        CandidateDecided event =
                new CandidateDecided(candidate, members, CandidateDecision.NOT_NOW, reason, LocalDate.of(2026, 11, 2));
        decisions.on(event, GenericEventMessage.asEventMessage(event));
    }
}
