package uk.joinedup.caseservice.outcomes.schemes;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.joinedup.caseservice.catalogue.Term;

/**
 * One term of one academic year.
 *
 * @param startYear the academic year's first calendar year (2025 for 2025/26)
 * @param term which term
 */
record SchoolTerm(int startYear, Term term) {

    /** The term an attendance record names, e.g. 2025/26 and SPRING. */
    static SchoolTerm of(String academicYear, Term term) {
        return new SchoolTerm(Integer.parseInt(academicYear.substring(0, 4)), term);
    }

    /** The term a day falls in. */
    static SchoolTerm containing(LocalDate day, SchoolTermDates dates) {
        MonthDay monthDay = MonthDay.from(day);
        int year = day.getYear();
        if (!monthDay.isBefore(dates.autumnStarts())) {
            return new SchoolTerm(year, Term.AUTUMN);
        }
        if (!monthDay.isBefore(dates.summerStarts())) {
            return new SchoolTerm(year - 1, Term.SUMMER);
        }
        if (!monthDay.isBefore(dates.springStarts())) {
            return new SchoolTerm(year - 1, Term.SPRING);
        }
        return new SchoolTerm(year - 1, Term.AUTUMN);
    }

    /**
     * The {@code count} terms that ended before the term a day falls in, latest first: "the last three terms"
     * on a day in the spring term are the autumn term before it and the summer and spring terms of the
     * year before.
     */
    static List<SchoolTerm> lastCompleted(LocalDate day, int count, SchoolTermDates dates) {
        List<SchoolTerm> terms = new ArrayList<>();
        SchoolTerm term = containing(day, dates);
        while (terms.size() < count) {
            term = term.previous();
            terms.add(term);
        }
        return List.copyOf(terms);
    }

    SchoolTerm previous() {
        return switch (term) {
            case AUTUMN -> new SchoolTerm(startYear - 1, Term.SUMMER);
            case SPRING -> new SchoolTerm(startYear, Term.AUTUMN);
            case SUMMER -> new SchoolTerm(startYear, Term.SPRING);
        };
    }

    /** E.g. "autumn 2025/26", as a finding's reason names it. */
    @Override
    public String toString() {
        return term.name().toLowerCase(Locale.ROOT) + " " + Years.spanning(startYear);
    }
}
