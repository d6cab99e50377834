package uk.joinedup.caseservice.retention.evaluation;

import java.time.LocalDate;
import java.time.Period;

/**
 * The one place that adds a retention period to a day. Where the anniversary does not exist in its month
 * (29 February in a common year, 31 January plus a month) it falls on the next day, so that records are kept
 * a day longer, never a day shorter: a child born on 29 February 2004 reaches 25 on 1 March 2029, as the
 * Scottish Age of Legal Capacity Act 1991 s.9 says, and as councils commonly read it in England.
 */
public final class RetentionDays {

    private RetentionDays() {}

    /** The day a period that starts on {@code start} ends. */
    public static LocalDate after(LocalDate start, Period period) {
        LocalDate months = start.plusYears(period.getYears()).plusMonths(period.getMonths());
        if (months.getDayOfMonth() < start.getDayOfMonth()) {
            months = months.plusDays(1);
        }
        return months.plusDays(period.getDays());
    }
}
