package uk.joinedup.caseservice.outcomes.schemes;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A payment-by-results scheme read from its file.
 *
 * @param id the file's name without {@code .yml}, e.g. {@code troubled-families-phase-1}
 * @param name its name for people
 * @param source the published rules it follows
 * @param rules its criteria and amounts
 */
public record Scheme(String id, String name, String source, SchemeRules rules) {

    public Scheme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rules, "rules");
    }

    /**
     * The family's entry and results under this scheme.
     *
     * @param attachedOn the day the family joined the scheme: its entry criteria are judged then
     * @param asAt the day results are judged, on or after {@code attachedOn}
     */
    public Evaluation evaluate(SchemeFamily family, LocalDate attachedOn, LocalDate asAt) {
        if (asAt.isBefore(attachedOn)) {
            throw new IllegalArgumentException("Results are judged on or after the day the family joined");
        }
        return rules.evaluate(id, family, attachedOn, asAt);
    }

    /**
     * The family's entry criteria judged on one day, as if it joined the scheme that day: for finding families
     * who may meet them (ADR 29). The caller passes the day (today, from its clock).
     */
    public EntryCriteria entryOn(SchemeFamily family, LocalDate on) {
        return rules.entryOn(id, family, on);
    }

    /** The kinds of fact at least one of which a family must hold to meet any entry criterion. */
    public Set<String> entryKinds() {
        return rules.entryKinds();
    }
}
