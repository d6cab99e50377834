package uk.joinedup.caseservice.outcomes.schemes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.MonthDay;

/**
 * The day each school term starts, the same every year; a term runs until the next one starts, so every day
 * (holidays included) belongs to exactly one term. Written {@code "--09-01"} in a scheme file.
 *
 * @param autumnStarts first day of the autumn term (the academic year's first)
 * @param springStarts first day of the spring term
 * @param summerStarts first day of the summer term
 */
public record SchoolTermDates(
        @NotNull MonthDay autumnStarts, @NotNull MonthDay springStarts, @NotNull MonthDay summerStarts) {

    @JsonIgnore
    @AssertTrue(message = "the terms must start in the order spring, summer, autumn within a calendar year")
    public boolean isInOrder() {
        return autumnStarts == null
                || springStarts == null
                || summerStarts == null
                || (springStarts.isBefore(summerStarts) && summerStarts.isBefore(autumnStarts));
    }
}
