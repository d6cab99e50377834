package uk.joinedup.caseservice.identification.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * The families and households who may meet a programme's criteria today, best first: those meeting at least
 * {@code criteriaNeeded} Troubled Families entry criteria or at least one Supporting Families need, from the
 * facts the sharing policy shows the viewer for early identification. Nobody is labelled by it: each is a
 * question for a practitioner. A household's {@code familyId} and an undecided candidate's {@code decision} are
 * written as null, not left out.
 *
 * @param asOf the day judged
 * @param criteriaNeeded how many Troubled Families entry criteria make a candidate
 * @param total how many candidates
 */
public record CandidatesList(LocalDate asOf, int criteriaNeeded, int total, List<Candidate> candidates) {

    public CandidatesList {
        candidates = List.copyOf(candidates);
    }

    /** Whether a candidate is a registered family or a household assembled from the data. */
    public enum Kind {
        FAMILY,
        HOUSEHOLD
    }

    /**
     * One candidate.
     *
     * @param familyId the registered family's id; null for a household
     * @param name the family's name, or the household's members' family names
     * @param criteria each Troubled Families entry criterion
     * @param criteriaMet how many of them are met
     * @param supportingFamiliesNeeds the Supporting Families needs shown
     * @param factsWithheld how many of the members' facts of a kind the criteria read the viewer may not see
     *     (never counted towards a criterion)
     * @param decision the latest decision on it, or null
     */
    public record Candidate(
            String candidateId,
            Kind kind,
            @JsonInclude(JsonInclude.Include.ALWAYS) String familyId,
            String name,
            List<CandidateMember> members,
            List<CandidateCriterion> criteria,
            int criteriaMet,
            List<CandidateNeed> supportingFamiliesNeeds,
            int factsWithheld,
            @JsonInclude(JsonInclude.Include.ALWAYS) LatestDecision decision) {

        public Candidate {
            members = List.copyOf(members);
            criteria = List.copyOf(criteria);
            supportingFamiliesNeeds = List.copyOf(supportingFamiliesNeeds);
        }
    }

    public record CandidateMember(String personId, String givenNames, String familyName, LocalDate dateOfBirth) {}

    /**
     * A Troubled Families entry criterion.
     *
     * @param reasons why, in words a manager can check against the facts
     * @param facts the facts that met it
     */
    public record CandidateCriterion(
            String criterion, String label, boolean met, List<String> reasons, List<CandidateFact> facts) {

        public CandidateCriterion {
            reasons = List.copyOf(reasons);
            facts = List.copyOf(facts);
        }
    }

    /** A Supporting Families need shown, with the facts that show it. */
    public record CandidateNeed(String need, String label, List<CandidateFact> facts) {

        public CandidateNeed {
            facts = List.copyOf(facts);
        }
    }

    /** A fact that met a criterion: whose, what kind, when. */
    public record CandidateFact(String personId, String kind, LocalDate occurredOn) {}

    /**
     * The latest decision.
     *
     * @param decidedBy the practitioner's name
     */
    public record LatestDecision(CandidateDecision decision, String reason, String decidedBy, LocalDate decidedOn) {}
}
