package uk.joinedup.caseservice.retention.evaluation;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.retention.schedules.Records;
import uk.joinedup.caseservice.retention.schedules.RetentionSchedule;
import uk.joinedup.caseservice.retention.schedules.Trigger;

/**
 * Works out when retention ends, from a subject's dates and the schedules. Per category held: never while a
 * case is open; otherwise the latest day among the schedules covering the records and category whose trigger
 * has happened (two such schedules both say the longer wins, or the service would not have started);
 * undecided if none covers or applies, or a birthday schedule meets an unknown date of birth. Overall: not
 * while a case is open, undecided if any category is, else the latest category's day.
 */
public final class RetentionEvaluation {

    /** A person whose record was opened before this birthday is a child, and their records a child's. */
    static final Period ADULTHOOD = Period.ofYears(18);

    private final List<RetentionSchedule> schedules;

    public RetentionEvaluation(List<RetentionSchedule> schedules) {
        this.schedules = List.copyOf(schedules);
    }

    /** A person's records are a child's if their record was opened before their 18th birthday. */
    public static Records personsRecords(Optional<LocalDate> dateOfBirth, LocalDate recordOpened) {
        return dateOfBirth
                .filter(born -> recordOpened.isBefore(RetentionDays.after(born, ADULTHOOD)))
                .map(born -> Records.CHILD)
                .orElse(Records.ADULT);
    }

    public Retention evaluate(Records records, SubjectDates dates) {
        List<CategoryRetention> categories = new ArrayList<>();
        new TreeMap<>(dates.lastFacts())
                .forEach((category, lastFact) ->
                        categories.add(new CategoryRetention(category, ends(records, category, dates))));
        return new Retention(records, categories, overall(categories));
    }

    private Ends ends(Records records, InformationCategory category, SubjectDates dates) {
        if (dates.cases().open()) {
            return new Ends.WhileCaseOpen();
        }
        List<RetentionSchedule> covering = schedules.stream()
                .filter(schedule -> schedule.covers(records, category))
                .toList();
        if (covering.isEmpty()) {
            return new Ends.Undecided("no schedule covers " + records.inWords() + " in " + category.name());
        }
        Ends.On latest = null;
        for (RetentionSchedule schedule : covering) {
            Optional<LocalDate> start = start(schedule, category, dates);
            if (schedule.trigger() == Trigger.DATE_OF_BIRTH && start.isEmpty()) {
                return new Ends.Undecided("the date of birth is not known, and " + schedule.name()
                        + " keeps the records " + schedule.periodInWords());
            }
            if (start.isPresent()) {
                LocalDate day = RetentionDays.after(start.get(), schedule.period());
                if (latest == null || day.isAfter(latest.day())) {
                    latest = new Ends.On(day, schedule);
                }
            }
        }
        if (latest == null) {
            return new Ends.Undecided("no schedule covering " + records.inWords() + " in " + category.name()
                    + " has started: the case has not closed");
        }
        return latest;
    }

    private static Optional<LocalDate> start(
            RetentionSchedule schedule, InformationCategory category, SubjectDates dates) {
        return switch (schedule.trigger()) {
            case CASE_CLOSED -> dates.cases().lastClosed();
            case DATE_OF_BIRTH -> dates.dateOfBirth();
            case LAST_FACT -> Optional.of(dates.lastFacts().get(category));
        };
    }

    private static Ends overall(List<CategoryRetention> categories) {
        if (categories.isEmpty()) {
            return new Ends.Undecided("no records are held");
        }
        Ends.On latest = null;
        for (CategoryRetention category : categories) {
            if (category.ends() instanceof Ends.On on) {
                if (latest == null || on.day().isAfter(latest.day())) {
                    latest = on;
                }
            } else {
                return category.ends();
            }
        }
        return latest;
    }
}
