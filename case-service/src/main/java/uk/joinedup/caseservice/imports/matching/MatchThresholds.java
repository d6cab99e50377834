package uk.joinedup.caseservice.imports.matching;

/**
 * Where scores (out of 100) divide the decisions.
 *
 * @param apply the least score at which a row may be applied to its best candidate without review
 * @param review the least score at which a candidate is worth a data officer's review; below it, no match
 * @param rivalWithin how close (in points) a second candidate at or above {@code review} must come to the best
 *     to stop it being applied: at 100 every such candidate is a rival
 */
public record MatchThresholds(int apply, int review, int rivalWithin) {

    public MatchThresholds {
        if (outOfRange(apply) || outOfRange(review) || outOfRange(rivalWithin)) {
            throw new IllegalArgumentException("Match thresholds are scores from 0 to 100");
        }
        if (review > apply) {
            throw new IllegalArgumentException("The review threshold cannot be above the apply threshold");
        }
    }

    /**
     * Apply at 85, review from 60, and any second candidate worth reviewing is a rival. At 85 a row applies
     * only with the same date of birth and first name and at least a family name alike; a wrong match merges
     * two people's records, a review costs an officer a minute.
     */
    public static MatchThresholds defaults() {
        return new MatchThresholds(85, 60, 100);
    }

    private static boolean outOfRange(int score) {
        return score < 0 || score > 100;
    }
}
