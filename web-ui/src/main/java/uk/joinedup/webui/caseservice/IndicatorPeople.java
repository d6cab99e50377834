package uk.joinedup.webui.caseservice;

import java.time.LocalDate;
import java.util.List;

/**
 * The people a measure counted in one quarter, with the evidence the sharing policy shows the manager.
 *
 * @param people by name: everyone in the denominator, each marked if also in the numerator
 */
public record IndicatorPeople(
        String measure,
        String title,
        String definition,
        String counts,
        String quarter,
        LocalDate asAt,
        OutcomesDashboard.DashboardScope scope,
        long numerator,
        long denominator,
        int peopleWithFactsWithheld,
        List<CountedPerson> people) {

    public IndicatorPeople {
        people = people == null ? List.of() : people;
    }

    /**
     * A person counted.
     *
     * @param inNumerator null for attendance, which counts sessions
     */
    public record CountedPerson(
            String personId, String name, LocalDate dateOfBirth, Boolean inNumerator, List<Evidence> evidence) {

        public CountedPerson {
            evidence = evidence == null ? List.of() : evidence;
        }
    }

    /** A fact that counted them, as shown. */
    public record Evidence(String factId, String kind, LocalDate occurredOn, String recordedBy) {}
}
