package uk.joinedup.caseservice.imports.matching;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Decides which known person one row of an agency's extract is about (ADR 27). Identifiers first: a shared NHS,
 * National Insurance or unique pupil number applies the row when the same first name and date of birth confirm
 * it, and is sent for review when they do not, since a wrong identifier in one agency's extract must not merge
 * two people. Otherwise the candidates are scored on date of birth (35), family name (30), first name (25) and
 * postcode (10), and the row applies only to a clear winner.
 */
public final class PersonMatcher {

    private static final Comparator<Comparison> BEST_FIRST = Comparator.comparingInt(Comparison::score)
            .reversed()
            .thenComparing(comparison -> comparison.person().personId());

    private PersonMatcher() {}

    /**
     * What to do with a row, given the candidates the person index found for it.
     *
     * <ul>
     *   <li>Candidates sharing an identifier with the row: apply to the one that does, if it is identified
     *       (confirmed by first name and date of birth, no identifier of the same kind differing); otherwise, or
     *       if several share one, review.
     *   <li>Otherwise apply to the best candidate if it scores at least the apply threshold with the same first
     *       name and date of birth, no identifier of the same kind differs, and no rival (a second candidate at
     *       or above the review threshold within {@code rivalWithin} points of it); review if it scores at least
     *       the review threshold; else no match.
     * </ul>
     *
     * <p>With the same date of birth required, a row without one is never applied by its score, whatever the
     * thresholds.
     *
     * @throws NullPointerException if an argument is null: a row matched against nothing by mistake must not
     *     look like a row that matches nobody
     */
    public static MatchDecision decide(ExtractIdentity row, List<KnownPerson> candidates, MatchThresholds thresholds) {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(thresholds, "thresholds");
        List<Comparison> listed = candidates.stream()
                .map(known -> Comparison.of(row, known, thresholds))
                .filter(comparison -> comparison.sharesAnIdentifier() || comparison.score() >= thresholds.review())
                .sorted(BEST_FIRST)
                .toList();
        List<ScoredCandidate> scored = listed.stream().map(Comparison::scored).toList();
        List<Comparison> sharing =
                listed.stream().filter(Comparison::sharesAnIdentifier).toList();
        if (!sharing.isEmpty()) {
            return sharing.size() == 1 && sharing.get(0).identified()
                    ? new MatchDecision(Outcome.APPLY, sharing.get(0).person().personId(), scored)
                    : new MatchDecision(Outcome.REVIEW, null, scored);
        }
        if (listed.isEmpty()) {
            return new MatchDecision(Outcome.NO_MATCH, null, scored);
        }
        Comparison best = listed.get(0);
        boolean highEnough = best.score() >= thresholds.apply();
        boolean sameFirstNameAndDateOfBirth =
                best.givenName() == GivenNameAgreement.SAME && best.dateOfBirth() == DateOfBirthAgreement.SAME;
        boolean rival = listed.size() > 1 && best.score() - listed.get(1).score() <= thresholds.rivalWithin();
        if (highEnough && sameFirstNameAndDateOfBirth && best.differing().isEmpty() && !rival) {
            return new MatchDecision(Outcome.APPLY, best.person().personId(), scored);
        }
        return new MatchDecision(Outcome.REVIEW, null, scored);
    }
}
