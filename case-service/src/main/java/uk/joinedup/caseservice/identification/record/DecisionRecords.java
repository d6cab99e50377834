package uk.joinedup.caseservice.identification.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
import uk.joinedup.caseservice.person.api.PersonErased;
import uk.joinedup.caseservice.person.api.PersonId;

/**
 * Keeps each candidate's latest decision ({@code CandidateDecided}), keyed by candidate id, and the ids of the
 * households decided on by each of their members, keyed by person id: a member's erasure deletes those decisions,
 * and the erasure destroys those candidates' keys (ADR 31). Replays are harmless (the latest event wins, applied in
 * order per candidate; a candidate is filed under each member once).
 */
@Component
@ProcessingGroup("identification-decisions")
public class DecisionRecords {

    static final String COLLECTION = "identification_decisions";
    static final String BY_MEMBER_COLLECTION = "identification_decisions_by_member";
    private static final String CANDIDATE_IDS = "candidateIds";

    private final DocumentCollection<LatestDecision> decisions;
    private final DocumentCollection<MemberOf> byMember;

    DecisionRecords(MongoDocuments documents) {
        this.decisions = documents.collection(COLLECTION, LatestDecision.class);
        this.byMember = documents.collection(BY_MEMBER_COLLECTION, MemberOf.class);
    }

    /**
     * The households decided on that name this person as a member. Kept after the person's erasure, so that an
     * erasure run again after a crash finds them still (ids only: they name nobody once the keys are destroyed).
     */
    public Set<CandidateId> householdsNaming(PersonId person) {
        return byMember.find(person.value())
                .map(member ->
                        member.candidateIds().stream().map(CandidateId::new).collect(Collectors.toSet()))
                .orElse(Set.of());
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
        event.members()
                .forEach(member -> byMember.addToSet(
                        member.value(), CANDIDATE_IDS, event.candidateId().value()));
    }

    /** The decisions on the households the person was a member of go: their reasons may be about them. */
    @EventHandler
    void on(PersonErased event) {
        householdsNaming(event.personId()).forEach(candidate -> decisions.delete(candidate.value()));
    }

    /** The decision on the family as a candidate goes: its reason is about the family. */
    @EventHandler
    void on(FamilyErased event) {
        decisions.delete(CandidateId.of(event.familyId()).value());
    }

    @ResetHandler
    void reset() {
        decisions.deleteAll();
        byMember.deleteAll();
    }

    /** The ids of the households decided on that name one person as a member, as stored. */
    record MemberOf(@JsonProperty("_id") String personId, Set<String> candidateIds) {

        MemberOf {
            candidateIds = candidateIds == null ? Set.of() : Set.copyOf(candidateIds);
        }
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
