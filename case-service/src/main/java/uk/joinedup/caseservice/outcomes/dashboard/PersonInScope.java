package uk.joinedup.caseservice.outcomes.dashboard;

import java.time.LocalDate;
import java.util.Map;
import uk.joinedup.caseservice.outcomes.indicators.PersonFacts;

/**
 * A person in the caseload as one viewer may see them for measuring outcomes: their existence (name and date of
 * birth, visible for matching), the facts the sharing policy shows the viewer for {@code OUTCOMES}, and
 * whether any of their facts were withheld (never which).
 *
 * @param facts the facts shown, as the indicators read them
 * @param evidence what a drill-down shows of each fact shown, by fact id
 * @param factsWithheld whether the policy withheld at least one of their live facts from the viewer
 */
public record PersonInScope(
        String personId,
        String name,
        LocalDate dateOfBirth,
        PersonFacts facts,
        Map<String, Evidence> evidence,
        boolean factsWithheld) {

    public PersonInScope {
        evidence = Map.copyOf(evidence);
    }
}
