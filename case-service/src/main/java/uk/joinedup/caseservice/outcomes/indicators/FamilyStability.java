package uk.joinedup.caseservice.outcomes.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.joinedup.caseservice.catalogue.ParentRecorded;
import uk.joinedup.caseservice.catalogue.ParentsSeparated;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;
import uk.joinedup.caseservice.person.api.FactId;

/**
 * Family stability, a case-level proxy for the survey indicator (001:124): of the children aged 5, 11 or 16 on
 * the day with at least one birth parent recorded, those whose two birth parents are both recorded and have
 * not separated by the day (a {@link ParentsSeparated} naming the two of them). Whether they live with the
 * child is not checked (the household is a family's, not a person's, record), so the page labels it a proxy.
 * A parent is a parent whenever the relationship was recorded: it dates from the birth; a parent recorded
 * twice counts once. Children with no birth parent recorded are left out: nothing is known of them. A
 * separation recorded before parents were named (revision 1 of the person events) names no one: it was the
 * child's parents', so it counts.
 */
public final class FamilyStability {

    private static final Set<Integer> AGES = Set.of(5, 11, 16);

    private FamilyStability() {}

    public static MeasureResult measure(Collection<PersonFacts> people, LocalDate on) {
        List<Counted> children = new ArrayList<>();
        List<Counted> together = new ArrayList<>();
        for (PersonFacts child : people) {
            if (!AGES.contains(child.ageOn(on))) {
                continue;
            }
            Map<String, DatedFact<ParentRecorded>> birthParents = new LinkedHashMap<>();
            child.of(ParentRecorded.class)
                    .filter(parent -> parent.fact().birthParent())
                    .forEach(parent -> birthParents.putIfAbsent(parent.fact().parent(), parent));
            if (birthParents.isEmpty()) {
                continue;
            }
            List<FactId> parentFacts =
                    birthParents.values().stream().map(DatedFact::id).toList();
            children.add(new Counted(child.person(), parentFacts));
            if (birthParents.size() == 2 && !separated(child.asAt(on), birthParents.keySet())) {
                together.add(new Counted(child.person(), parentFacts));
            }
        }
        return new MeasureResult(Measure.LIVING_WITH_BOTH_BIRTH_PARENTS, children, together);
    }

    private static boolean separated(PersonFacts child, Set<String> parents) {
        return child.of(ParentsSeparated.class)
                .map(separation -> separation.fact().people())
                .anyMatch(named -> named.isEmpty() || Set.copyOf(named).equals(parents));
    }
}
