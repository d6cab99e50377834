package uk.joinedup.caseservice.outcomes.schemes;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import uk.joinedup.caseservice.catalogue.PregnancyEnded;
import uk.joinedup.caseservice.catalogue.PregnancyRecorded;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;

/**
 * Who in a family is an expectant parent on a day, from their pregnancy facts: a member with a {@link
 * PregnancyRecorded} dated on or before the day, whose due date has not passed by more than the margin, and
 * with no {@link PregnancyEnded} from the day the pregnancy was recorded to the day (an ending dated before it
 * ended an earlier pregnancy). Only the facts given are read: the caller passes the live facts the viewer may
 * see.
 */
final class ExpectantParents {

    private ExpectantParents() {}

    /**
     * The pregnancies that make a member an expectant parent on the day, with the evidence: those facts satisfy
     * it; the pregnancy facts read that do not (ended, long past due, recorded later) and the endings that ended
     * them are against it.
     */
    static Expecting on(SchemeFamily family, LocalDate day, Period dueDateMargin) {
        Evidence evidence = new Evidence();
        List<DatedFact<?>> pregnancies = new ArrayList<>();
        for (FamilyMember member : family.members()) {
            List<DatedFact<?>> endings = member.factsOf(PregnancyEnded.class).toList();
            for (DatedFact<?> fact : member.factsOf(PregnancyRecorded.class).toList()) {
                LocalDate dueOn = ((PregnancyRecorded) fact.fact()).dueOn();
                List<DatedFact<?>> endedBy = endings.stream()
                        .filter(ending -> ending.within(fact.occurredOn(), day))
                        .toList();
                boolean expecting = !fact.occurredOn().isAfter(day)
                        && !dueOn.plus(dueDateMargin).isBefore(day)
                        && endedBy.isEmpty();
                if (expecting) {
                    evidence.satisfying(fact);
                    pregnancies.add(fact);
                } else {
                    evidence.notSatisfying(fact).notSatisfying(endedBy);
                }
            }
        }
        return new Expecting(pregnancies, evidence);
    }

    /**
     * @param pregnancies the pregnancies live on the day, oldest first by member
     * @param evidence every pregnancy fact read, for or against
     */
    record Expecting(List<DatedFact<?>> pregnancies, Evidence evidence) {

        boolean any() {
            return !pregnancies.isEmpty();
        }

        /** The earliest due date of the live pregnancies. */
        LocalDate dueOn() {
            return pregnancies.stream()
                    .map(fact -> ((PregnancyRecorded) fact.fact()).dueOn())
                    .min(LocalDate::compareTo)
                    .orElseThrow();
        }
    }
}
