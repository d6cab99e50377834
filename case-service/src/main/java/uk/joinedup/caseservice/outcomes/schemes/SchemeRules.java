package uk.joinedup.caseservice.outcomes.schemes;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.Set;

/**
 * The rules of a payment-by-results scheme, as its file gives them; {@code kind} in the file says which
 * rules the file configures. The criteria are code, their figures are configuration.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = TroubledFamiliesPhase1.class, name = "troubled-families-phase-1"),
    @JsonSubTypes.Type(value = SupportingFamilies.class, name = "supporting-families")
})
public sealed interface SchemeRules permits TroubledFamiliesPhase1, SupportingFamilies {

    /**
     * Evaluates a family.
     *
     * @param scheme the scheme's id, for the evaluation
     * @param family the family
     * @param attachedOn when the family joined the scheme: entry criteria are judged on this day
     * @param asAt the day results are judged on
     */
    Evaluation evaluate(String scheme, SchemeFamily family, LocalDate attachedOn, LocalDate asAt);

    /**
     * The family's entry criteria judged on one day, as if it joined the scheme that day.
     *
     * @param scheme the scheme's id, for the answer
     */
    EntryCriteria entryOn(String scheme, SchemeFamily family, LocalDate on);

    /**
     * The kinds of fact (simple class names in the catalogue) of which a family must hold at least one for any
     * entry criterion to be met: a family holding none of them meets none, so need not be evaluated.
     */
    Set<String> entryKinds();
}
