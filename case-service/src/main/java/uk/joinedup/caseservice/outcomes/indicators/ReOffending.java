package uk.joinedup.caseservice.outcomes.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import uk.joinedup.caseservice.catalogue.Disposal;
import uk.joinedup.caseservice.catalogue.OffenceProven;
import uk.joinedup.caseservice.catalogue.ReleasedFromCustody;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;

/**
 * Proven re-offending, as the Ministry of Justice measures it (001:209): a person enters the cohort when they
 * are released from custody or an offence of theirs is proven without custody (a conviction, caution,
 * reprimand, warning or youth caution); their first entry in the cohort period starts their follow-up. They
 * re-offend if they commit an offence in the 12 months after the start, proven (convicted, cautioned,
 * reprimanded or warned) within those 12 months or a further 6.
 *
 * <p>Days are counted from the start: the offence must be committed after the start day and on or before
 * the same date a year later, so that in a year of 365 days day 365 is the last day of the follow-up and day
 * 366 is outside it; proof must come on or before the same date six months after the follow-up ends. A
 * custodial conviction does not start a follow-up: the release does. Offender management cohorts (IOM, PPO,
 * MAPPA) are not entries: the national measure follows every offender, not the managed ones. Age on the
 * start day decides the cohort: 18 or over for ex-offenders, under 18 for youth re-offending.
 *
 * <p>The measure is complete only for facts known 18 months after the cohort period ends; the caller
 * chooses the period (or passes people {@linkplain PersonFacts#asAt as at} a date).
 */
public final class ReOffending {

    private static final int ADULT = 18;

    private ReOffending() {}

    /** Ex-offenders: who entered as adults, who of them did not re-offend, and who was in work a year later. */
    public static List<MeasureResult> adults(Collection<PersonFacts> people, DateRange cohortPeriod) {
        List<Counted> cohort = new ArrayList<>();
        List<Counted> notReoffended = new ArrayList<>();
        List<Counted> inWork = new ArrayList<>();
        for (PersonFacts person : people) {
            entry(person, cohortPeriod, age -> age >= ADULT).ifPresent(entry -> {
                cohort.add(new Counted(person.person(), List.of(entry.id())));
                if (reoffence(person, entry).isEmpty()) {
                    notReoffended.add(new Counted(person.person(), List.of(entry.id())));
                }
                Employment.jobOn(person, entry.occurredOn().plusYears(1))
                        .ifPresent(job -> inWork.add(new Counted(person.person(), List.of(entry.id(), job.id()))));
            });
        }
        return List.of(
                new MeasureResult(Measure.ADULT_NOT_REOFFENDED, cohort, notReoffended),
                new MeasureResult(Measure.ADULT_IN_WORK, cohort, inWork));
    }

    /** Youth re-offending: who entered under 18, and who of them re-offended. */
    public static MeasureResult youth(Collection<PersonFacts> people, DateRange cohortPeriod) {
        List<Counted> cohort = new ArrayList<>();
        List<Counted> reoffended = new ArrayList<>();
        for (PersonFacts person : people) {
            entry(person, cohortPeriod, age -> age < ADULT).ifPresent(entry -> {
                cohort.add(new Counted(person.person(), List.of(entry.id())));
                reoffence(person, entry)
                        .ifPresent(offence ->
                                reoffended.add(new Counted(person.person(), List.of(entry.id(), offence.id()))));
            });
        }
        return new MeasureResult(Measure.YOUTH_REOFFENDED, cohort, reoffended);
    }

    /** The first fact in the period that enters the person into the cohort at an age the cohort takes. */
    private static Optional<DatedFact<?>> entry(PersonFacts person, DateRange period, IntPredicate ageTaken) {
        return person.facts().stream()
                .filter(fact -> period.contains(fact.occurredOn()))
                .filter(ReOffending::entersCohort)
                .findFirst()
                .filter(fact -> ageTaken.test(person.ageOn(fact.occurredOn())));
    }

    private static boolean entersCohort(DatedFact<?> fact) {
        return fact.fact() instanceof ReleasedFromCustody
                || fact.fact() instanceof OffenceProven proven && proven.disposal() != Disposal.CONVICTION_CUSTODIAL;
    }

    /**
     * The first offence committed in the follow-up year and proven in time. The entry itself is never one: an
     * offence entering the cohort was committed on or before the day it was proven (the person's record
     * refuses an offence proven before it was committed), so not after the follow-up starts.
     */
    private static Optional<DatedFact<OffenceProven>> reoffence(PersonFacts person, DatedFact<?> entry) {
        LocalDate start = entry.occurredOn();
        LocalDate followUpEnd = start.plusYears(1);
        LocalDate provenBy = followUpEnd.plusMonths(6);
        return person.of(OffenceProven.class)
                .filter(offence -> offence.fact().offenceDate().isAfter(start)
                        && !offence.fact().offenceDate().isAfter(followUpEnd))
                .filter(offence -> !offence.occurredOn().isAfter(provenBy))
                .findFirst();
    }
}
