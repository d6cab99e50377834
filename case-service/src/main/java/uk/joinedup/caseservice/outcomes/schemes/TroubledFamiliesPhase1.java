package uk.joinedup.caseservice.outcomes.schemes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import uk.joinedup.caseservice.catalogue.AntiSocialBehaviourIntervention;
import uk.joinedup.caseservice.catalogue.Benefit;
import uk.joinedup.caseservice.catalogue.PlacementReason;

/**
 * Troubled Families, phase 1 (DCLG Financial Framework, March 2012): the figures of its entry and results
 * criteria and its payments. The criteria themselves are {@link TroubledFamiliesEntry} and {@link
 * TroubledFamiliesResults}.
 *
 * @param adultsFrom the age from which a member is an adult
 * @param schoolTerms when terms start, to find "the last three terms"
 * @param outOfWork the claims that count as out of work
 * @param entry the entry criteria
 * @param results the results criteria
 * @param payments amounts by year and the cap
 */
public record TroubledFamiliesPhase1(
        @NotNull @Positive Integer adultsFrom,
        @NotNull @Valid SchoolTermDates schoolTerms,
        @NotNull @Valid OutOfWorkBenefits outOfWork,
        @NotNull @Valid Entry entry,
        @NotNull @Valid Results results,
        @NotNull @Valid TroubledFamiliesPayments payments)
        implements SchemeRules {

    @Override
    public Evaluation evaluate(String scheme, SchemeFamily family, LocalDate attachedOn, LocalDate asAt) {
        List<Finding> entryFindings = new TroubledFamiliesEntry(this, family, attachedOn).findings();
        boolean eligible = entryFindings.stream().filter(Finding::met).count() >= entry.criteriaNeeded();
        List<Outcome> payable = new ArrayList<>();
        payable.add(TroubledFamiliesEntry.attachmentFee(entryFindings, entry.criteriaNeeded()));
        payable.addAll(new TroubledFamiliesResults(this, family, attachedOn, asAt).outcomes());
        return payments.pay(scheme, eligible, entryFindings, payable, attachedOn);
    }

    @Override
    public EntryCriteria entryOn(String scheme, SchemeFamily family, LocalDate on) {
        List<Finding> findings = new TroubledFamiliesEntry(this, family, on).findings();
        List<EntryCriteria.Criterion> criteria = findings.stream()
                .map(finding -> new EntryCriteria.Criterion(
                        finding.criterion(), TroubledFamiliesEntry.label(finding.criterion()), finding))
                .toList();
        boolean eligible = findings.stream().filter(Finding::met).count() >= entry.criteriaNeeded();
        return new EntryCriteria(scheme, on, entry.criteriaNeeded(), eligible, criteria);
    }

    @Override
    public Set<String> entryKinds() {
        Set<String> kinds = new TreeSet<>(TroubledFamiliesEntry.KINDS_THAT_MEET);
        entry.localDiscretion().facts().forEach(matcher -> kinds.add(matcher.kind()));
        return Set.copyOf(kinds);
    }

    /**
     * @param criteriaNeeded how many of the four criteria a family must meet
     * @param crime crime and anti-social behaviour
     * @param education exclusions and absence
     * @param localDiscretion the local authority's own criteria
     */
    public record Entry(
            @NotNull @Min(1) @Max(4) Integer criteriaNeeded,
            @NotNull @Valid CrimeEntry crime,
            @NotNull @Valid EducationEntry education,
            @NotNull @Valid DiscretionEntry localDiscretion) {}

    /**
     * @param window how far back an offence (by the day it was proven) or an intervention counts
     * @param youthUnder the age, at the offence, under which an offender counts
     * @param antiSocialBehaviourInterventions the interventions that count
     */
    public record CrimeEntry(
            @NotNull Period window,
            @NotNull @Positive Integer youthUnder,
            @NotEmpty List<@NotNull AntiSocialBehaviourIntervention> antiSocialBehaviourInterventions) {}

    /**
     * @param terms how many completed terms are looked at
     * @param fixedExclusionsAtLeast fixed exclusions in those terms that meet the criterion
     * @param unauthorisedAbsencePercentAtLeast unauthorised absence over those terms that meets it
     * @param notOnRollAgeFrom from this age a child off a school roll on the day the family joined meets it
     * @param notOnRollAgeUnder under this age
     * @param alternativeProvisionFor the reasons for which a placement in a pupil referral unit or alternative
     *     provision, from the start of those terms to the day the family joined, meets it
     */
    public record EducationEntry(
            @NotNull @Positive Integer terms,
            @NotNull @Positive Integer fixedExclusionsAtLeast,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal unauthorisedAbsencePercentAtLeast,
            @NotNull @Min(0) Integer notOnRollAgeFrom,
            @NotNull @Positive Integer notOnRollAgeUnder,
            @NotNull List<@NotNull PlacementReason> alternativeProvisionFor) {}

    /**
     * @param window how far back a fact counts
     * @param facts the facts that meet the criterion (e.g. a child protection plan, a notice of eviction)
     */
    public record DiscretionEntry(@NotNull Period window, @NotEmpty List<@NotNull FactMatcher> facts) {}

    /**
     * @param crimeAndEducation result (a)
     * @param progressToWork result (b)
     * @param continuousEmployment result (c)
     */
    public record Results(
            @NotNull @Valid CrimeAndEducationResult crimeAndEducation,
            @NotNull @Valid ProgressToWorkResult progressToWork,
            @NotNull @Valid ContinuousEmploymentResult continuousEmployment) {}

    /**
     * @param terms how many completed terms are looked at
     * @param schoolAgeFrom from this age a child must show attendance
     * @param schoolAgeUnder under this age
     * @param fixedExclusionsFewerThan each child's fixed exclusions in those terms must be fewer
     * @param unauthorisedAbsencePercentUnder each child's unauthorised absence must be under this
     * @param fallWindow the length of the windows compared before entry and at the end
     * @param antiSocialBehaviourFacts what counts as the family's anti-social behaviour
     * @param antiSocialBehaviourFallPercent the fall it must show, at least
     * @param youthUnder the age, at the offence, under which offending counts
     * @param offendingFallPercent the fall offending by those young people must show, at least
     */
    public record CrimeAndEducationResult(
            @NotNull @Positive Integer terms,
            @NotNull @Min(0) Integer schoolAgeFrom,
            @NotNull @Positive Integer schoolAgeUnder,
            @NotNull @Positive Integer fixedExclusionsFewerThan,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal unauthorisedAbsencePercentUnder,
            @NotNull Period fallWindow,
            @NotEmpty List<@NotNull FactMatcher> antiSocialBehaviourFacts,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal antiSocialBehaviourFallPercent,
            @NotNull @Positive Integer youthUnder,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal offendingFallPercent) {}

    /**
     * @param facts the facts that show an adult's progress to work (attachment to the Work Programme or to ESF
     *     provision)
     */
    public record ProgressToWorkResult(@NotEmpty List<@NotNull FactMatcher> facts) {}

    /**
     * @param weeks how long an adult must be in work and off out-of-work benefits
     * @param longerWeeks how long for someone who was on one of {@code longerFor} when the family joined
     * @param longerFor the benefits that need the longer period
     */
    public record ContinuousEmploymentResult(
            @NotNull @Positive Integer weeks,
            @NotNull @Positive Integer longerWeeks,
            @NotNull List<@NotNull Benefit> longerFor) {}
}
