package uk.joinedup.caseservice.outcomes.schemes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;

/**
 * Supporting Families (2022-25): the figures of its eligibility and claim, and the headline outcomes with
 * the facts that show a need in each and the facts that show its outcome. The rules themselves are {@link
 * SupportingFamiliesClaim}.
 *
 * @param dependentChildUnder a member under this age is a dependent child
 * @param dueDateMargin how long after the expected due date a pregnancy with no recorded end still makes its
 *     member an expectant parent
 * @param needsAtLeast how many headline outcomes must show a need
 * @param needLookback how far before the family joined a fact shows a need
 * @param sustainedFor how long each need's outcome must be sustained before a claim
 * @param headlineOutcomes the headline outcomes the facts can show
 * @param claimPayment paid for a family whose claim is met
 */
public record SupportingFamilies(
        @NotNull @Positive Integer dependentChildUnder,
        @NotNull Period dueDateMargin,
        @NotNull @Positive Integer needsAtLeast,
        @NotNull Period needLookback,
        @NotNull Period sustainedFor,
        @NotEmpty List<@NotNull @Valid HeadlineOutcome> headlineOutcomes,
        @NotNull @DecimalMin("0") BigDecimal claimPayment)
        implements SchemeRules {

    @JsonIgnore
    @AssertTrue(message = "give each headline outcome a different id")
    public boolean isEachOutcomeOnce() {
        return headlineOutcomes == null
                || headlineOutcomes.stream().map(HeadlineOutcome::id).distinct().count() == headlineOutcomes.size();
    }

    @Override
    public Evaluation evaluate(String scheme, SchemeFamily family, LocalDate attachedOn, LocalDate asAt) {
        return new SupportingFamiliesClaim(this, family, attachedOn, asAt).evaluate(scheme);
    }

    /**
     * Its needs judged on one day, as if the family joined that day: each headline outcome a criterion, met
     * when a fact in the look-back shows the need. Eligible with enough needs and a dependent child or an
     * expectant parent.
     */
    @Override
    public EntryCriteria entryOn(String scheme, SchemeFamily family, LocalDate on) {
        Evaluation evaluation = evaluate(scheme, family, on, on);
        List<EntryCriteria.Criterion> criteria = headlineOutcomes.stream()
                .map(outcome -> new EntryCriteria.Criterion(
                        outcome.id(), outcome.title(), evaluation.entry(SupportingFamiliesClaim.NEED + outcome.id())))
                .toList();
        return new EntryCriteria(scheme, on, needsAtLeast, evaluation.eligible(), criteria);
    }

    @Override
    public Set<String> entryKinds() {
        return headlineOutcomes.stream()
                .flatMap(outcome -> outcome.needShownBy().stream())
                .map(FactMatcher::kind)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param id names the outcome in findings, e.g. {@code housing}
     * @param title the programme's name for it
     * @param needShownBy facts that show the family needs help with it
     * @param outcomeShownBy facts that show the outcome achieved; if none are listed, the outcome is that no
     *     fact showing the need has been recorded since
     */
    public record HeadlineOutcome(
            @NotBlank String id,
            @NotBlank String title,
            @NotEmpty List<@NotNull FactMatcher> needShownBy,
            @NotNull List<@NotNull FactMatcher> outcomeShownBy) {

        boolean showsNeed(DatedFact<?> fact) {
            return needShownBy.stream().anyMatch(matcher -> matcher.matches(fact));
        }

        boolean showsOutcome(DatedFact<?> fact) {
            return outcomeShownBy.stream().anyMatch(matcher -> matcher.matches(fact));
        }
    }
}
