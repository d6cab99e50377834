package uk.joinedup.caseservice.outcomes.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import uk.joinedup.caseservice.catalogue.Disposal;
import uk.joinedup.caseservice.catalogue.JobStarted;
import uk.joinedup.caseservice.catalogue.OffenceProven;
import uk.joinedup.caseservice.catalogue.ReturnedToTreatment;
import uk.joinedup.caseservice.catalogue.TreatmentExited;
import uk.joinedup.caseservice.catalogue.TreatmentStarted;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;

/**
 * Outcomes of drug or alcohol treatment (001:343-347): the cohort is those who first entered treatment in the
 * three years to the period end (a {@link TreatmentStarted} marked first, dated after the same date three
 * years before the end and on or before the end). Starts recorded before the question was asked (first
 * treatment unknown) are left out: they cannot be told from a return.
 *
 * <ul>
 *   <li>Exited successfully and not returned: their latest exit by the period end was a successful
 *       completion, and no treatment started again on or after the day of that exit (a re-presentation the
 *       next day, or the same day, is a return). The latest exit is what counts: someone who completed,
 *       came back and completed again without returning is counted.
 *   <li>In employment on the period end ({@link Employment}).
 *   <li>Not convicted by the period end: no conviction (custodial, community or other; cautions are not
 *       convictions) proven between entering treatment and the period end.
 *   <li>All three.
 * </ul>
 */
public final class DrugAndAlcoholTreatment {

    private DrugAndAlcoholTreatment() {}

    /** The four measures, in the order of {@link Measure}. */
    public static List<MeasureResult> measures(Collection<PersonFacts> people, LocalDate periodEnd) {
        DateRange entryWindow = new DateRange(periodEnd.minusYears(3).plusDays(1), periodEnd);
        List<Counted> cohort = new ArrayList<>();
        List<Counted> completed = new ArrayList<>();
        List<Counted> employed = new ArrayList<>();
        List<Counted> notConvicted = new ArrayList<>();
        List<Counted> allThree = new ArrayList<>();
        for (PersonFacts person : people) {
            Optional<DatedFact<TreatmentStarted>> first = person.of(TreatmentStarted.class)
                    .filter(start -> Boolean.TRUE.equals(start.fact().firstTreatment()))
                    .filter(start -> entryWindow.contains(start.occurredOn()))
                    .findFirst();
            if (first.isEmpty()) {
                continue;
            }
            DatedFact<TreatmentStarted> entry = first.get();
            PersonFacts byTheEnd = person.asAt(periodEnd);
            cohort.add(new Counted(person.person(), List.of(entry.id())));
            Optional<DatedFact<TreatmentExited>> exit = completedAndNotReturned(byTheEnd);
            Optional<DatedFact<JobStarted>> job = Employment.jobOn(byTheEnd, periodEnd);
            boolean convicted = convictedSince(byTheEnd, entry.occurredOn());
            exit.ifPresent(done -> completed.add(new Counted(person.person(), List.of(entry.id(), done.id()))));
            job.ifPresent(started -> employed.add(new Counted(person.person(), List.of(entry.id(), started.id()))));
            if (!convicted) {
                notConvicted.add(new Counted(person.person(), List.of(entry.id())));
            }
            if (exit.isPresent() && job.isPresent() && !convicted) {
                allThree.add(new Counted(
                        person.person(),
                        List.of(entry.id(), exit.get().id(), job.get().id())));
            }
        }
        return List.of(
                new MeasureResult(Measure.TREATMENT_COMPLETED_NOT_RETURNED, cohort, completed),
                new MeasureResult(Measure.TREATMENT_IN_EMPLOYMENT, cohort, employed),
                new MeasureResult(Measure.TREATMENT_NOT_CONVICTED, cohort, notConvicted),
                new MeasureResult(Measure.TREATMENT_ALL_THREE, cohort, allThree));
    }

    /** Their latest exit, if it was a successful completion and no treatment has started since its day. */
    private static Optional<DatedFact<TreatmentExited>> completedAndNotReturned(PersonFacts person) {
        return person.of(TreatmentExited.class)
                .reduce((earlier, later) -> later)
                .filter(exit -> exit.fact().exit().successful())
                .filter(exit -> person.facts().stream()
                        .filter(fact ->
                                fact.fact() instanceof TreatmentStarted || fact.fact() instanceof ReturnedToTreatment)
                        .filter(start -> !start.id().value().equals(exit.fact().start()))
                        .noneMatch(start -> !start.occurredOn().isBefore(exit.occurredOn())));
    }

    private static boolean convictedSince(PersonFacts person, LocalDate since) {
        return person.of(OffenceProven.class)
                .filter(proven -> !proven.occurredOn().isBefore(since))
                .anyMatch(proven -> isConviction(proven.fact().disposal()));
    }

    private static boolean isConviction(Disposal disposal) {
        return disposal == Disposal.CONVICTION_CUSTODIAL
                || disposal == Disposal.CONVICTION_COMMUNITY
                || disposal == Disposal.CONVICTION_OTHER;
    }
}
