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
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.retention.DatabaseSearch;

/** The decision on an erased family as a candidate goes; the decision on another stays. */
class DecisionRecordsErasureTest {

    private final InMemoryDocuments store = new InMemoryDocuments();
    private final DecisionRecords decisions = new DecisionRecords(store.documents());

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theDecisionOnTheErasedFamilyGoes() {
        decided(CandidateId.of(new FamilyId("hills")), "Tom Hill already known to the school");
        decided(CandidateId.of(new FamilyId("parks")), "No concerns");

        decisions.on(new FamilyErased(new FamilyId("hills"), new ErasureId("erasure-1")));

        assertThat(decisions.latest(List.of("family-hills", "family-parks"))).containsOnlyKeys("family-parks");
        assertThat(DatabaseSearch.find(store.database(), Set.of("Tom Hill", "family-hills")))
                .isEmpty();
    }

    private void decided(CandidateId candidate, String reason) {
        CandidateDecided event =
                new CandidateDecided(candidate, CandidateDecision.NOT_NOW, reason, LocalDate.of(2026, 11, 2));
        decisions.on(event, GenericEventMessage.asEventMessage(event));
    }
}
