package uk.joinedup.caseservice.outcomes.indicators;

import java.util.List;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonId;

/**
 * A person counted in a numerator or denominator, with the facts that put them there.
 *
 * @param evidence the ids of the facts the drill-down shows: the fact that put them in the cohort first, then
 *     those that met the measure
 */
public record Counted(PersonId person, List<FactId> evidence) {

    public Counted {
        evidence = List.copyOf(evidence);
    }
}
