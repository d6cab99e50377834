package uk.joinedup.caseservice.retention.due;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One month's filing: the subjects ({@code person:<id>}, {@code family:<id>}) whose retention was found to end
 * in it, under {@code ends:YYYY-MM}; and, under {@link #MONTHS}, the months anyone has been filed in.
 */
record MonthFiling(@JsonProperty("_id") String key, List<String> subjects, List<String> months) {

    static final String MONTHS = "months";

    MonthFiling {
        subjects = subjects == null ? List.of() : subjects;
        months = months == null ? List.of() : months;
    }

    static String key(LocalDate day) {
        return key(YearMonth.from(day));
    }

    static String key(YearMonth month) {
        return "ends:" + month;
    }
}
