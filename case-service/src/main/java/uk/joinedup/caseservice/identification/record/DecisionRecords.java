package uk.joinedup.caseservice.identification.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.chronology.Recorded;
import uk.joinedup.caseservice.family.api.FamilyErased;
import uk.joinedup.caseservice.identification.api.CandidateDecided;
import uk.joinedup.caseservice.identification.api.CandidateDecision;
import uk.joinedup.caseservice.identification.api.CandidateId;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;

/**
 * Keeps each candidate's latest decision ({@code CandidateDecided}), keyed by candidate id; replays are harmless
 * (the latest event wins, applied in order per candidate).
 */
@Component
@ProcessingGroup("identification-decisions")
public class DecisionRecords {

    static final String COLLECTION = "identification_decisions";

    private final DocumentCollection<LatestDecision> decisions;

    DecisionRecords(MongoDocuments documents) {
        this.decisions = documents.collection(COLLECTION, LatestDecision.class);
    }

    /** The latest decision on each of these candidates that has one, by candidate id. */
    public Map<String, LatestDecision> latest(Collection<String> candidateIds) {
        Map<String, LatestDecision> found = new HashMap<>();
        decisions.findAll(candidateIds).forEach(decision -> found.put(decision.candidateId(), decision));
        return found;
    }

    @EventHandler
    void on(CandidateDecided event, EventMessage<?> message) {
        Recorded recorded = Recorded.from(message);
        decisions.save(
                event.candidateId().value(),
                new LatestDecision(
                        event.candidateId().value(),
                        event.decision(),
                        event.reason(),
                        recorded.by(),
                        event.decidedOn()));
    }

    /** The decision on the family as a candidate goes: its reason is about the family. */
    @EventHandler
    void on(FamilyErased event) {
        decisions.delete(CandidateId.of(event.familyId()).value());
    }

    @ResetHandler
    void reset() {
        decisions.deleteAll();
    }

    /**
     * A candidate's latest decision.
     *
     * @param decidedBy the practitioner's name
     */
    public record LatestDecision(
            @JsonProperty("_id") String candidateId,
            CandidateDecision decision,
            String reason,
            String decidedBy,
            LocalDate decidedOn) {}
}
