package uk.joinedup.caseservice.imports.matching;

import java.util.List;

/**
 * A candidate as the matcher judged it.
 *
 * @param score out of 100: 100 for an identifier confirmed by first name and date of birth, otherwise the
 *     points of date of birth, family name, first name and postcode
 * @param reasons what agreed and what differed, in plain words that quote no value
 */
public record ScoredCandidate(String personId, int score, List<String> reasons) {

    public ScoredCandidate {
        reasons = List.copyOf(reasons);
    }
}
