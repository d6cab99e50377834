package uk.joinedup.caseservice.imports.matching;

import java.util.List;

/**
 * What to do with a row, and why.
 *
 * @param personId the person to apply it to; null unless the outcome is {@link Outcome#APPLY}
 * @param candidates the candidates worth reviewing (at or above the review threshold, or sharing an identifier
 *     with the row), best first, equal scores by person id
 */
public record MatchDecision(Outcome outcome, String personId, List<ScoredCandidate> candidates) {

    public MatchDecision {
        if ((outcome == Outcome.APPLY) != (personId != null)) {
            throw new IllegalArgumentException("Only a decision to apply names a person");
        }
        candidates = List.copyOf(candidates);
    }
}
