package uk.joinedup.caseservice.imports.matching;

import java.time.LocalDate;

/**
 * How the row's date of birth agrees with a candidate's, worth up to 35 points: the most of any part, as the
 * part least often shared by two people of one name. A date typed the American way, or with one part
 * mistyped, still counts for something.
 */
enum DateOfBirthAgreement {
    SAME(35, "Same date of birth"),
    DAY_AND_MONTH_SWAPPED(15, "Date of birth has the day and month swapped"),
    DAY_DIFFERS(10, "Date of birth differs only in the day"),
    MONTH_DIFFERS(10, "Date of birth differs only in the month"),
    YEAR_DIFFERS(10, "Date of birth differs only in the year"),
    DIFFERENT(0, "Date of birth differs"),
    /** One of them has none: nothing to compare, nothing said. */
    MISSING(0, null);

    final int points;
    final String reason;

    DateOfBirthAgreement(int points, String reason) {
        this.points = points;
        this.reason = reason;
    }

    static DateOfBirthAgreement of(LocalDate row, LocalDate known) {
        if (row == null || known == null) {
            return MISSING;
        }
        if (row.equals(known)) {
            return SAME;
        }
        boolean sameYear = row.getYear() == known.getYear();
        boolean sameMonth = row.getMonthValue() == known.getMonthValue();
        boolean sameDay = row.getDayOfMonth() == known.getDayOfMonth();
        if (sameYear && row.getDayOfMonth() == known.getMonthValue() && row.getMonthValue() == known.getDayOfMonth()) {
            return DAY_AND_MONTH_SWAPPED;
        }
        if (sameYear && sameMonth) {
            return DAY_DIFFERS;
        }
        if (sameYear && sameDay) {
            return MONTH_DIFFERS;
        }
        if (sameMonth && sameDay) {
            return YEAR_DIFFERS;
        }
        return DIFFERENT;
    }

    /** Whether this confirms an identifier the row shares: the same date, or the same with day and month swapped. */
    boolean confirms() {
        return this == SAME || this == DAY_AND_MONTH_SWAPPED;
    }
}
