package uk.joinedup.caseservice.outcomes.dashboard.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.joinedup.caseservice.infrastructure.web.InvalidFields;
import uk.joinedup.caseservice.outcomes.overview.Quarter;

/**
 * The quarters a dashboard covers, from the request's {@code from} and {@code to} (each written {@code
 * 2026-Q4}, either may be left out): by default the current quarter and the {@value #DEFAULT_BEFORE} before
 * it (two years), at most {@value #MOST} quarters.
 */
record DashboardPeriod(Quarter from, Quarter to) {

    static final int DEFAULT_BEFORE = 7;
    static final int MOST = 12;

    /** @throws InvalidFields naming each parameter that is not a quarter, or a period that cannot be */
    static DashboardPeriod of(String from, String to, LocalDate today) {
        return of(from, to, today, new ArrayList<>());
    }

    /**
     * @param errors the errors found in other parameters, reported with these
     * @throws InvalidFields naming each parameter that is not valid, or a period that cannot be
     */
    static DashboardPeriod of(String from, String to, LocalDate today, List<Map<String, String>> errors) {
        Optional<Quarter> last = quarter("to", to, errors);
        Optional<Quarter> first = quarter("from", from, errors);
        Quarter end = last.orElseGet(() -> Quarter.of(today));
        Quarter start = first.orElseGet(() -> {
            Quarter back = end;
            for (int n = 0; n < DEFAULT_BEFORE; n++) {
                back = back.previous();
            }
            return back;
        });
        int span = start.quartersTo(end);
        boolean quartersValid =
                errors.stream().noneMatch(error -> List.of("from", "to").contains(error.get("field")));
        if (quartersValid && span == 0) {
            errors.add(InvalidFields.error("from", "The first quarter must not be after the last"));
        } else if (quartersValid && span > MOST) {
            errors.add(InvalidFields.error("from", "Choose a period of at most " + MOST + " quarters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        return new DashboardPeriod(start, end);
    }

    /**
     * One quarter, required: a drill-down's.
     *
     * @param errors the errors found in other parameters, reported with this one's
     * @throws InvalidFields naming each parameter that is not valid
     */
    static Quarter required(String field, String text, List<Map<String, String>> errors) {
        Optional<Quarter> quarter = Quarter.parse(text);
        if (quarter.isEmpty()) {
            errors.add(InvalidFields.error(field, "Enter a quarter like 2026-Q4"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        return quarter.get();
    }

    private static Optional<Quarter> quarter(String field, String text, List<Map<String, String>> errors) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<Quarter> quarter = Quarter.parse(text);
        if (quarter.isEmpty()) {
            errors.add(InvalidFields.error(field, "Enter a quarter like 2026-Q4"));
        }
        return quarter;
    }
}
