package uk.joinedup.caseservice.outcomes.indicators;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;
import uk.joinedup.caseservice.person.api.PersonId;

/**
 * A person as the indicators read them: their date of birth and their live facts, ordered by business date
 * and, on the same date, in the order given (the order they were recorded).
 */
public record PersonFacts(PersonId person, LocalDate dateOfBirth, List<DatedFact<?>> facts) {

    public PersonFacts {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        facts = facts.stream()
                .sorted(Comparator.comparing(DatedFact::occurredOn))
                .toList();
    }

    /** Their age in whole years on a day. */
    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    /**
     * The person as they stood on a day: only the facts that had happened by then (ADR 5), the facts up to the
     * first after it, as they are in date order.
     */
    public PersonFacts asAt(LocalDate day) {
        int end = 0;
        while (end < facts.size() && !facts.get(end).occurredOn().isAfter(day)) {
            end++;
        }
        return new PersonFacts(person, dateOfBirth, facts.subList(0, end));
    }

    /** Their facts of one kind, in date order. */
    @SuppressWarnings("unchecked")
    public <T extends AgencyFact> Stream<DatedFact<T>> of(Class<T> kind) {
        return facts.stream().filter(fact -> kind.isInstance(fact.fact())).map(fact -> (DatedFact<T>) fact);
    }
}
