package uk.joinedup.caseservice.accesslog;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What an information-governance officer is looking for: the records of a period of UK days, from and
 * to inclusive, no longer than {@value #MAX_DAYS} days, optionally only those about one person, by one
 * user or by one agency's staff (all that are given).
 *
 * @param personId only views that showed this person's information; null for any
 * @param userId only views by this user; null for any
 * @param agency only views by this agency's staff; null for any
 * @param from the first day (UK)
 * @param to the last day (UK)
 */
public record AccessLogFilter(String personId, String userId, String agency, LocalDate from, LocalDate to) {

    /** A year, leap day included. */
    public static final int MAX_DAYS = 366;

    /** The period when none is given: the last 30 days, today included. */
    public static final int DEFAULT_DAYS = 30;

    public AccessLogFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        personId = blankAsNull(personId);
        userId = blankAsNull(userId);
        agency = blankAsNull(agency);
        if (from.isAfter(to)) {
            throw new PeriodNotAllowed("period-reversed", "The start of the period must not be after its end");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new PeriodNotAllowed(
                    "period-too-long",
                    "The period must not be longer than " + MAX_DAYS + " days: search a year at a time");
        }
    }

    /**
     * The filter with the period completed: the end defaults to today, the start to {@value
     * #DEFAULT_DAYS} days before the end (the end included).
     */
    public static AccessLogFilter of(
            String personId, String userId, String agency, LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to != null ? to : today;
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1L);
        return new AccessLogFilter(personId, userId, agency, start, end);
    }

    boolean byPerson() {
        return personId != null;
    }

    boolean byUser() {
        return userId != null;
    }

    boolean byAgency() {
        return agency != null;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
