package uk.joinedup.caseservice.views.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.joinedup.caseservice.outcomes.schemes.Evaluation;
import uk.joinedup.caseservice.outcomes.schemes.Scheme;
import uk.joinedup.caseservice.views.outcomes.OutcomeFamilies;

/**
 * What the claims list keeps of a family's evaluation, remembered with the family ({@link OutcomeFamilies}): for
 * each scheme whether the family is eligible and each result as the list shows it, with how many facts were
 * withheld. Never the family's record itself, which it is kept beside, nor any evidence.
 *
 * @param evaluations by scheme, in the order of the schemes; empty until the family's case has opened
 */
record ListedFamily(Map<Scheme, Listed> evaluations, int factsWithheld) {

    ListedFamily {
        evaluations = Collections.unmodifiableMap(new LinkedHashMap<>(evaluations));
    }

    static ListedFamily of(EvaluatedFamily evaluated) {
        Map<Scheme, Listed> evaluations = new LinkedHashMap<>();
        evaluated.evaluations().forEach((scheme, evaluation) -> evaluations.put(scheme, Listed.of(evaluation)));
        return new ListedFamily(evaluations, evaluated.factsWithheld());
    }

    /** A scheme's evaluation as listed. */
    record Listed(boolean eligible, List<Result> results) {

        Listed {
            results = List.copyOf(results);
        }

        static Listed of(Evaluation evaluation) {
            return new Listed(
                    evaluation.eligible(),
                    evaluation.results().stream()
                            .map(result -> new Result(
                                    result.finding().criterion(),
                                    result.finding().met(),
                                    result.earned()))
                            .toList());
        }
    }

    /** A result: its criterion, whether met, and what it earns. */
    record Result(String criterion, boolean met, BigDecimal earned) {}

    /** The list's summary of a family, judged on a day. */
    record Listing(FamilyEvaluator evaluator, LocalDate today) implements OutcomeFamilies.Summary<ListedFamily> {

        @Override
        public Object key() {
            return this;
        }

        @Override
        public ListedFamily of(OutcomeFamilies.FamilySeen family) {
            return ListedFamily.of(evaluator.evaluate(family.family(), family.members(), today));
        }
    }
}
