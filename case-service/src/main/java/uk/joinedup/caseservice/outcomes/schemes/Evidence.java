package uk.joinedup.caseservice.outcomes.schemes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;
import uk.joinedup.caseservice.person.api.FactId;

/** Collects the facts for and against a criterion while it is decided, then states the finding. */
final class Evidence {

    private final Set<FactId> satisfying = new LinkedHashSet<>();
    private final Set<FactId> notSatisfying = new LinkedHashSet<>();

    void satisfying(DatedFact<?> fact) {
        satisfying.add(fact.id());
    }

    Evidence satisfying(Collection<DatedFact<?>> facts) {
        facts.forEach(this::satisfying);
        return this;
    }

    Evidence notSatisfying(DatedFact<?> fact) {
        notSatisfying.add(fact.id());
        return this;
    }

    Evidence notSatisfying(Collection<DatedFact<?>> facts) {
        facts.forEach(this::notSatisfying);
        return this;
    }

    /** Adds another criterion's evidence, keeping its sides. */
    void with(Finding part) {
        satisfying.addAll(part.satisfiedBy());
        notSatisfying.addAll(part.notSatisfiedBy());
    }

    /** Adds every fact another criterion read, satisfying or not, as not satisfying this one. */
    void against(Finding part) {
        notSatisfying.addAll(part.satisfiedBy());
        notSatisfying.addAll(part.notSatisfiedBy());
    }

    Finding finding(String criterion, boolean met, String because) {
        List<FactId> against = new ArrayList<>(notSatisfying);
        against.removeAll(satisfying);
        return new Finding(criterion, met, List.copyOf(satisfying), against, because);
    }
}
