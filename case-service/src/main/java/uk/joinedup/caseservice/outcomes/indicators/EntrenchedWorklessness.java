package uk.joinedup.caseservice.outcomes.indicators;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.joinedup.caseservice.catalogue.Benefit;
import uk.joinedup.caseservice.catalogue.EsaGroup;
import uk.joinedup.caseservice.catalogue.UniversalCreditRegime;
import uk.joinedup.caseservice.person.api.FactId;

/**
 * Entrenched worklessness (001:264-270): of the current claimants of a work-related benefit on a day, those
 * who were on an out-of-work benefit for at least three of the four years to that day, counting every
 * benefit and every spell together (a day on two benefits counts once).
 *
 * <p>Work-related, as the framework defines it (001:252): Jobseeker's Allowance, Employment and Support
 * Allowance in the work-related activity group (its group on the day, after any change within the claim),
 * Income Support as a lone parent. The framework asked how to redraw this once Universal Credit came
 * (001:272); the Universal Credit equivalents counted here are the claims whose conditionality regime asks
 * for work or work-related activity of someone out of work: <em>searching for work</em> (the JSA group),
 * <em>preparing for work</em> (limited capability for work: ESA's work-related activity group) and
 * <em>planning for work</em> (a lone parent of a child aged one: Income Support as a lone parent). <em>No
 * work requirements</em> is left out as the support group is (limited capability for work-related activity,
 * or caring), and the two <em>working</em> regimes are in work.
 *
 * <p>Out-of-work benefits, for the time on benefit: every {@linkplain Benefit#outOfWork() out-of-work
 * benefit} (ESA in either group, Incapacity Benefit, Severe Disablement Allowance, Income Support on any
 * ground, Carer's Allowance), and Universal Credit in any regime but the two working ones. A Universal
 * Credit claim recorded before its regime was asked counts for neither: it cannot be told from in-work
 * Universal Credit. A claim keeps the regime it started with: the catalogue records no change of regime
 * within a claim, so a move between regimes is recorded as one claim ending and another starting.
 *
 * <p>Three of the past four years: the four years are the days after the same date four years before and up
 * to the day itself; three years are as many days as from the same date three years before to the day (1,095
 * or 1,096). Unlike the national table (001:254), no one is left out for their age: the caseload's claimants
 * are all counted.
 */
public final class EntrenchedWorklessness {

    private static final Set<UniversalCreditRegime> WORK_RELATED_REGIMES = EnumSet.of(
            UniversalCreditRegime.SEARCHING_FOR_WORK,
            UniversalCreditRegime.PLANNING_FOR_WORK,
            UniversalCreditRegime.PREPARING_FOR_WORK);

    private static final Set<UniversalCreditRegime> OUT_OF_WORK_REGIMES = EnumSet.of(
            UniversalCreditRegime.SEARCHING_FOR_WORK,
            UniversalCreditRegime.PLANNING_FOR_WORK,
            UniversalCreditRegime.PREPARING_FOR_WORK,
            UniversalCreditRegime.NO_WORK_REQUIREMENTS);

    private EntrenchedWorklessness() {}

    public static MeasureResult measure(Collection<PersonFacts> people, LocalDate on) {
        LocalDate windowStart = on.minusYears(4).plusDays(1);
        long threeYears = ChronoUnit.DAYS.between(on.minusYears(3), on);
        List<Counted> claimants = new ArrayList<>();
        List<Counted> entrenched = new ArrayList<>();
        for (PersonFacts person : people) {
            List<BenefitClaim> claims = BenefitClaim.of(person.asAt(on));
            Optional<BenefitClaim> current = claims.stream()
                    .filter(claim -> claim.openOn(on) && workRelated(claim, on))
                    .findFirst();
            if (current.isEmpty()) {
                continue;
            }
            claimants.add(new Counted(person.person(), current.get().evidence()));
            List<BenefitClaim> counted = claims.stream()
                    .filter(EntrenchedWorklessness::outOfWork)
                    .filter(claim ->
                            !claim.from().isAfter(on) && claim.endOr(on).isAfter(windowStart))
                    .toList();
            if (daysOnBenefit(counted, windowStart, on) >= threeYears) {
                Set<FactId> evidence = new LinkedHashSet<>(current.get().evidence());
                counted.forEach(claim -> evidence.addAll(claim.evidence()));
                entrenched.add(new Counted(person.person(), List.copyOf(evidence)));
            }
        }
        return new MeasureResult(Measure.ENTRENCHED_WORKLESSNESS, claimants, entrenched);
    }

    private static boolean workRelated(BenefitClaim claim, LocalDate on) {
        return switch (claim.benefit()) {
            case JOBSEEKERS_ALLOWANCE, INCOME_SUPPORT_LONE_PARENT -> true;
            case ESA_WORK_RELATED_ACTIVITY_GROUP, ESA_SUPPORT_GROUP ->
                claim.esaGroupOn(on) == EsaGroup.WORK_RELATED_ACTIVITY_GROUP;
            case UNIVERSAL_CREDIT ->
                WORK_RELATED_REGIMES.contains(claim.started().fact().universalCreditRegime());
            default -> false;
        };
    }

    private static boolean outOfWork(BenefitClaim claim) {
        if (claim.benefit() == Benefit.UNIVERSAL_CREDIT) {
            return OUT_OF_WORK_REGIMES.contains(claim.started().fact().universalCreditRegime());
        }
        return claim.benefit().outOfWork();
    }

    /** Days on any of the claims within the window (from {@code first} to {@code last}), each day once. */
    static long daysOnBenefit(List<BenefitClaim> claims, LocalDate first, LocalDate last) {
        LocalDate dayAfterLast = last.plusDays(1);
        List<BenefitClaim> byStart =
                claims.stream().sorted(Comparator.comparing(BenefitClaim::from)).toList();
        long days = 0;
        LocalDate countedUpTo = first; // every day before this is counted already
        for (BenefitClaim claim : byStart) {
            LocalDate from = max(claim.from(), countedUpTo);
            LocalDate until = min(claim.endOr(last), dayAfterLast);
            if (until.isAfter(from)) {
                days += ChronoUnit.DAYS.between(from, until);
                countedUpTo = until;
            }
        }
        return days;
    }

    private static LocalDate max(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    private static LocalDate min(LocalDate one, LocalDate other) {
        return one.isBefore(other) ? one : other;
    }
}
