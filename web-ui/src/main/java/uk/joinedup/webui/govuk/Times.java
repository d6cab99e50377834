package uk.joinedup.webui.govuk;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Moments in UK time, for templates ({@code @times}) and pages built in code: "14:05 on 3 December
 * 2026", or the date alone.
 */
@Component("times")
public class Times {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter TIME_AND_DATE =
            DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** "14:05 on 3 December 2026"; null for null. */
    public String at(Instant instant) {
        return instant == null ? null : TIME_AND_DATE.format(instant.atZone(UK));
    }

    /** "3 December 2026", the UK date of the moment; null for null. */
    public String date(Instant instant) {
        return instant == null ? null : DATE.format(instant.atZone(UK));
    }
}
