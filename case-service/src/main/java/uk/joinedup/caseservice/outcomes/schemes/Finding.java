package uk.joinedup.caseservice.outcomes.schemes;

import java.util.List;
import uk.joinedup.caseservice.person.api.FactId;

/**
 * Whether one criterion of a scheme is met, with its evidence: the facts that satisfied it and the facts of
 * the kinds it reads that did not (outside the window, below the threshold, or counting against it).
 *
 * @param criterion the criterion's name in the scheme file, e.g. {@code entry.education}
 * @param met whether it is met
 * @param satisfiedBy facts that satisfied it
 * @param notSatisfiedBy facts it read that did not satisfy it
 * @param because why, in words a manager can check against the evidence
 */
public record Finding(
        String criterion, boolean met, List<FactId> satisfiedBy, List<FactId> notSatisfiedBy, String because) {

    public Finding {
        satisfiedBy = List.copyOf(satisfiedBy);
        notSatisfiedBy = List.copyOf(notSatisfiedBy);
    }
}
