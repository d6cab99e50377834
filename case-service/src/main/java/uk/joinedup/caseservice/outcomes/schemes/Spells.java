package uk.joinedup.caseservice.outcomes.schemes;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import uk.joinedup.caseservice.catalogue.BenefitClaimEnded;
import uk.joinedup.caseservice.catalogue.BenefitClaimStarted;
import uk.joinedup.caseservice.catalogue.JobEnded;
import uk.joinedup.caseservice.catalogue.JobStarted;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;

/** A member's spells on out-of-work benefits and in work, from the facts that start and end them. */
final class Spells {

    private Spells() {}

    /** Spells on a counted benefit: a claim ends at the first later end of a claim for the same benefit. */
    static List<Spell> outOfWork(FamilyMember member, OutOfWorkBenefits counted) {
        List<DatedFact<?>> ends =
                new ArrayList<>(member.factsOf(BenefitClaimEnded.class).toList());
        List<Spell> spells = new ArrayList<>();
        member.factsOf(BenefitClaimStarted.class)
                .filter(start -> counted.counts((BenefitClaimStarted) start.fact()))
                .forEach(start -> {
                    DatedFact<?> end = takeFirst(
                            ends,
                            start,
                            fact -> ((BenefitClaimEnded) fact.fact()).benefit()
                                    == ((BenefitClaimStarted) start.fact()).benefit());
                    spells.add(new Spell(start.occurredOn(), end == null ? null : end.occurredOn(), start, end));
                });
        return spells;
    }

    /**
     * Spells in work. A job end names no job: it ends the job started most recently before it that is still
     * open.
     */
    static List<Spell> inWork(FamilyMember member) {
        List<DatedFact<?>> events = new ArrayList<>();
        member.facts().stream()
                .filter(fact -> fact.is(JobStarted.class) || fact.is(JobEnded.class))
                .sorted(java.util.Comparator.comparing(DatedFact::occurredOn))
                .forEach(events::add);
        List<DatedFact<?>> open = new ArrayList<>();
        List<Spell> spells = new ArrayList<>();
        for (DatedFact<?> event : events) {
            if (event.is(JobStarted.class)) {
                open.add(event);
            } else if (!open.isEmpty()) {
                DatedFact<?> start = open.remove(open.size() - 1);
                spells.add(new Spell(start.occurredOn(), event.occurredOn(), start, event));
            }
        }
        open.forEach(start -> spells.add(new Spell(start.occurredOn(), null, start, null)));
        return spells;
    }

    private static DatedFact<?> takeFirst(
            List<DatedFact<?>> ends, DatedFact<?> start, java.util.function.Predicate<DatedFact<?>> sameClaim) {
        Iterator<DatedFact<?>> candidates = ends.iterator();
        while (candidates.hasNext()) {
            DatedFact<?> end = candidates.next();
            if (!end.occurredOn().isBefore(start.occurredOn()) && sameClaim.test(end)) {
                candidates.remove();
                return end;
            }
        }
        return null;
    }
}
