package uk.joinedup.webui.caseservice;

import java.time.LocalDate;
import java.util.List;

/**
 * The families and households who may meet a programme's criteria today, best first, as case-service judged them
 * for an early-help team manager from the facts the sharing policy shows them for early identification. Nobody is
 * labelled by it: each is a question for a practitioner.
 *
 * @param asOf the day judged
 * @param criteriaNeeded how many Troubled Families entry criteria make a candidate
 * @param total how many candidates
 */
public record CandidatesList(LocalDate asOf, int criteriaNeeded, int total, List<Candidate> candidates) {

    public CandidatesList {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
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
     * @param criteriaMet how many Troubled Families entry criteria are met
     * @param factsWithheld how many of the members' facts of a kind the criteria read the viewer may not see
     * @param decision the latest decision on it, or null
     */
    public record Candidate(
            String candidateId,
            Kind kind,
            String familyId,
            String name,
            List<Member> members,
            List<Criterion> criteria,
            int criteriaMet,
            List<Need> supportingFamiliesNeeds,
            int factsWithheld,
            Decision decision) {

        public Candidate {
            members = members == null ? List.of() : List.copyOf(members);
            criteria = criteria == null ? List.of() : List.copyOf(criteria);
            supportingFamiliesNeeds =
                    supportingFamiliesNeeds == null ? List.of() : List.copyOf(supportingFamiliesNeeds);
        }

        public boolean household() {
            return kind == Kind.HOUSEHOLD;
        }

        /** The criteria met, in case-service's order. */
        public List<Criterion> met() {
            return criteria.stream().filter(Criterion::met).toList();
        }

        /** The member whose id this is, or null. */
        public Member member(String personId) {
            return members.stream()
                    .filter(one -> one.personId().equals(personId))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** A member of a candidate; a date of birth may be unknown (null). */
    public record Member(String personId, String givenNames, String familyName, LocalDate dateOfBirth) {

        public String fullName() {
            return givenNames + " " + familyName;
        }
    }

    /**
     * A Troubled Families entry criterion.
     *
     * @param reasons why, in words a manager can check against the facts
     * @param facts the facts that met it
     */
    public record Criterion(String criterion, String label, boolean met, List<String> reasons, List<Fact> facts) {

        public Criterion {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
            facts = facts == null ? List.of() : List.copyOf(facts);
        }
    }

    /** A Supporting Families need shown, with the facts that show it. */
    public record Need(String need, String label, List<Fact> facts) {

        public Need {
            facts = facts == null ? List.of() : List.copyOf(facts);
        }
    }

    /** A fact that met a criterion: whose, what kind (e.g. {@code BenefitClaimStarted}), when. */
    public record Fact(String personId, String kind, LocalDate occurredOn) {}

    /**
     * The latest decision on a candidate.
     *
     * @param decidedBy the practitioner's name
     */
    public record Decision(CandidateDecision.Decision decision, String reason, String decidedBy, LocalDate decidedOn) {}
}
