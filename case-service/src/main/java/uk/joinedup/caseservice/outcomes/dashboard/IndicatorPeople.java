package uk.joinedup.caseservice.outcomes.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The people a measure counted in one quarter: those in its denominator, each marked if also in its
 * numerator, with the facts that put them there. People are shown as existence (name, date of birth: visible
 * for matching, ADR 6); evidence only as the sharing policy shows it for measuring outcomes (ADR 21).
 *
 * @param peopleWithFactsWithheld people in scope with a fact of a category the measure reads withheld from the
 *     viewer: some of them might have been counted otherwise
 * @param people by name
 */
public record IndicatorPeople(
        String measure,
        String title,
        String definition,
        String counts,
        String quarter,
        LocalDate asAt,
        DashboardScope scope,
        long numerator,
        long denominator,
        int peopleWithFactsWithheld,
        List<CountedPerson> people) {

    /**
     * A person counted.
     *
     * @param inNumerator whether they are in the numerator too; null for attendance, which counts sessions
     * @param evidence the facts that put them in the denominator and numerator, in the order the measure gives
     */
    public record CountedPerson(
            String personId, String name, LocalDate dateOfBirth, Boolean inNumerator, List<Evidence> evidence) {}
}
