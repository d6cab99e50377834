package uk.joinedup.caseservice.outcomes.schemes;

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
 * A member of a family and the facts recorded about them.
 *
 * @param personId who
 * @param name how the reasons name them to the person reading: their name
 * @param dateOfBirth their date of birth
 * @param facts their facts, in any order
 */
public record FamilyMember(PersonId personId, String name, LocalDate dateOfBirth, List<DatedFact<?>> facts) {

    public FamilyMember {
        Objects.requireNonNull(personId, "person id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dateOfBirth, "date of birth");
        facts = List.copyOf(facts);
    }

    /** Their age in whole years on a date. */
    int ageOn(LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }

    /** Their facts of one kind, oldest first (facts of the same day keep their order). */
    Stream<DatedFact<?>> factsOf(Class<? extends AgencyFact> kind) {
        return facts.stream().filter(fact -> fact.is(kind)).sorted(Comparator.comparing(DatedFact::occurredOn));
    }
}
