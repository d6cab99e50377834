package uk.joinedup.caseservice.identification.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.identification.api.CandidateDecided;
import uk.joinedup.caseservice.identification.api.CandidateDecision;
import uk.joinedup.caseservice.identification.api.CandidateId;
import uk.joinedup.caseservice.infrastructure.mongo.InMemoryDocuments;
import uk.joinedup.caseservice.person.api.PersonErased;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.personaldata.ErasureId;

/**
 * A person's erasure destroys the keys of the households decided on naming them, still found after the decisions'
 * read model has handled their erasure; a family's, the key of the family as a candidate.
 */
class CandidatesErasedAlongsideTest {

    private static final PersonId DEBORAH = new PersonId("deborah-hill");
    private static final PersonId NOAH = new PersonId("noah-hill");

    private final InMemoryDocuments store = new InMemoryDocuments();
    private final DecisionRecords decisions = new DecisionRecords(store.documents());
    private final CandidatesErasedAlongside alongside = new CandidatesErasedAlongside(decisions);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aPersonsHouseholdsDecidedOnGoWithThemEvenAfterTheirErasureIsHandled() {
        CandidateId household = CandidateId.household(Set.of(DEBORAH, NOAH));
        CandidateDecided decided = new CandidateDecided(
                household,
                Set.of(DEBORAH, NOAH),
                CandidateDecision.NOT_NOW,
                "Deborah Hill's household",
                LocalDate.of(2026, 11, 2));
        decisions.on(decided, GenericEventMessage.asEventMessage(decided));
        decisions.on(new PersonErased(DEBORAH, new ErasureId("erasure-1")));

        assertThat(alongside.with(DataSubject.person(DEBORAH.value())))
                .containsExactly(DataSubject.candidate(household.value()));
        assertThat(alongside.with(DataSubject.person("someone-else"))).isEmpty();
    }

    @Test
    void aFamilyAsACandidateGoesWithTheFamily() {
        assertThat(alongside.with(DataSubject.family("hills"))).containsExactly(DataSubject.candidate("family-hills"));
    }
}
