package uk.joinedup.caseservice.outcomes.indicators;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.joinedup.caseservice.person.api.PersonId;

/**
 * One measure computed for a cohort: who is in the denominator and who of them in the numerator, each with
 * their evidence.
 */
public record MeasureResult(Measure measure, List<Counted> denominator, List<Counted> numerator) {

    public MeasureResult {
        denominator = List.copyOf(denominator);
        numerator = List.copyOf(numerator);
    }

    public int numeratorCount() {
        return numerator.size();
    }

    public int denominatorCount() {
        return denominator.size();
    }

    /** The people in the numerator. */
    public Set<PersonId> numeratorPeople() {
        return numerator.stream().map(Counted::person).collect(Collectors.toSet());
    }

    /** The people in the denominator. */
    public Set<PersonId> denominatorPeople() {
        return denominator.stream().map(Counted::person).collect(Collectors.toSet());
    }
}
