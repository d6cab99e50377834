package uk.joinedup.caseservice.outcomes.schemes;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A family's entry criteria under one scheme judged on one day, as if the family joined the scheme that day:
 * what early identification asks (ADR 29). Troubled Families gives its four entry criteria; Supporting Families
 * its needs, one per headline outcome.
 *
 * @param scheme the scheme's id
 * @param on the day judged
 * @param criteriaNeeded how many criteria a family must meet to be eligible (with, for Supporting Families, a
 *     dependent child or an expectant parent)
 * @param eligible whether the family is eligible that day
 * @param criteria each criterion, in the scheme's order
 */
public record EntryCriteria(
        String scheme, LocalDate on, int criteriaNeeded, boolean eligible, List<Criterion> criteria) {

    public EntryCriteria {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(on, "on");
        criteria = List.copyOf(criteria);
    }

    /** How many criteria are met. */
    public int met() {
        return (int)
                criteria.stream().filter(criterion -> criterion.finding().met()).count();
    }

    /**
     * One criterion.
     *
     * @param criterion its name: a Troubled Families entry criterion ({@code education}) or a Supporting
     *     Families headline outcome ({@code housing})
     * @param label its name for people
     * @param finding whether it is met, with its evidence
     */
    public record Criterion(String criterion, String label, Finding finding) {}
}
