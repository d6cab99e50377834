package uk.joinedup.caseservice.outcomes.overview.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.joinedup.caseservice.infrastructure.web.InvalidFields;
import uk.joinedup.caseservice.outcomes.overview.Quarter;

/**
 * The quarters an overview covers, from the request's {@code from} and {@code to} (each written {@code
 * 2026-Q4}, either may be left out): by default the current quarter and the {@value #DEFAULT_BEFORE} before
 * it, at most {@value #MOST} quarters.
 */
record OverviewPeriod(Quarter from, Quarter to) {

    static final int DEFAULT_BEFORE = 3;
    static final int MOST = 8;

    /** @throws InvalidFields naming each parameter that is not a quarter, or a period that cannot be */
    static OverviewPeriod of(String from, String to, LocalDate today) {
        List<Map<String, String>> errors = new ArrayList<>();
        Optional<Quarter> last = quarter("to", to, errors);
        Optional<Quarter> first = quarter("from", from, errors);
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        Quarter end = last.orElseGet(() -> Quarter.of(today));
        Quarter start = first.orElseGet(() -> {
            Quarter back = end;
            for (int n = 0; n < DEFAULT_BEFORE; n++) {
                back = back.previous();
            }
            return back;
        });
        int span = start.quartersTo(end);
        if (span == 0) {
            throw new InvalidFields(
                    List.of(InvalidFields.error("from", "The first quarter must not be after the last")));
        }
        if (span > MOST) {
            throw new InvalidFields(
                    List.of(InvalidFields.error("from", "Choose a period of at most " + MOST + " quarters")));
        }
        return new OverviewPeriod(start, end);
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
