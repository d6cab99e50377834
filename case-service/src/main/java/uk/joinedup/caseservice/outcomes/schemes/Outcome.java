package uk.joinedup.caseservice.outcomes.schemes;

import java.util.List;

/**
 * A result as a criterion decides it, before any amount is attached.
 *
 * @param finding the result's finding
 * @param parts the findings it combines (empty for a single criterion)
 */
record Outcome(Finding finding, List<Finding> parts) {

    static Outcome single(Finding finding) {
        return new Outcome(finding, List.of());
    }

    static Outcome allOf(String criterion, List<Finding> parts) {
        Evidence evidence = new Evidence();
        parts.forEach(evidence::with);
        boolean met = parts.stream().allMatch(Finding::met);
        String because = String.join(
                "; ",
                parts.stream()
                        .map(part -> part.criterion() + ": " + part.because())
                        .toList());
        return new Outcome(evidence.finding(criterion, met, because), parts);
    }

    /** A combined result none of whose parts had anything to measure: not met, whatever the parts say. */
    static Outcome noneMeasured(String criterion, List<Finding> parts, String because) {
        Evidence evidence = new Evidence();
        parts.forEach(evidence::with);
        return new Outcome(evidence.finding(criterion, false, because), parts);
    }
}
