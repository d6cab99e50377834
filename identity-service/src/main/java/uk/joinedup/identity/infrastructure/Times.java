package uk.joinedup.identity.infrastructure;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as pages show them: UK time, GOV.UK style ("2 December 2026 at 8:15am"). */
public final class Times {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY_AND_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

    private Times() {}

    public static String display(Instant instant) {
        return instant == null
                ? ""
                : DAY_AND_TIME.format(instant.atZone(UK)).replace("AM", "am").replace("PM", "pm");
    }
}
