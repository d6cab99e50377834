package uk.joinedup.caseservice.outcomes.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, written {@code 2026-Q4} (October to December 2026): the period the caseload
 * overview counts referrals and closures in.
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is numbered 1 to 4");
        }
    }

    /** The quarter a day falls in. */
    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** The quarter written {@code 2026-Q4}, or empty when the text is not one. */
    public static Optional<Quarter> parse(String text) {
        Matcher matcher = WRITTEN.matcher(text == null ? "" : text.strip());
        return matcher.matches()
                ? Optional.of(new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))))
                : Optional.empty();
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return next().firstDay().minusDays(1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    /** How many quarters from this one to {@code last}, both counted; 0 when {@code last} comes before. */
    public int quartersTo(Quarter last) {
        int span = (last.year - year) * 4 + (last.number - number) + 1;
        return Math.max(span, 0);
    }

    /** This quarter and each after it up to {@code last}, in order; empty when {@code last} comes before. */
    public List<Quarter> through(Quarter last) {
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter quarter = this; quarter.compareTo(last) <= 0; quarter = quarter.next()) {
            quarters.add(quarter);
        }
        return quarters;
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
