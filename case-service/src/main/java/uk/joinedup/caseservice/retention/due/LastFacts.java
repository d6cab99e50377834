package uk.joinedup.caseservice.retention.due;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import uk.joinedup.caseservice.agency.InformationCategory;

/** The last fact's day per category, read from the text a document holds. */
final class LastFacts {

    private LastFacts() {}

    static Map<InformationCategory, LocalDate> read(Map<String, String> held) {
        Map<InformationCategory, LocalDate> read = new EnumMap<>(InformationCategory.class);
        held.forEach((category, day) -> read.put(InformationCategory.valueOf(category), LocalDate.parse(day)));
        return read;
    }

    /** Whether {@code day} is later than the one held for the category (or none is). */
    static boolean later(Map<String, String> held, InformationCategory category, LocalDate day) {
        String before = held.get(category.name());
        return before == null || day.isAfter(LocalDate.parse(before));
    }
}
