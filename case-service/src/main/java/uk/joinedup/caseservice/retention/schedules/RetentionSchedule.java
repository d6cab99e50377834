package uk.joinedup.caseservice.retention.schedules;

import java.time.Period;
import java.util.Optional;
import java.util.Set;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.rules.InWords;

/**
 * One retention schedule: the records and categories it covers, what starts its period, the period, and its
 * basis in words (the statute or guidance, as the council states it).
 *
 * @param id the file's name without {@code .yml}
 */
public record RetentionSchedule(
        String id,
        String name,
        Records records,
        Set<InformationCategory> categories,
        Trigger trigger,
        Period period,
        String basis,
        Optional<WhenOverlapping> whenOverlapping) {

    public RetentionSchedule {
        categories = Set.copyOf(categories);
    }

    public boolean covers(Records subject, InformationCategory category) {
        return records == subject && categories.contains(category);
    }

    /** Whether this schedule and another cover some of the same records. */
    public boolean overlaps(RetentionSchedule other) {
        return records == other.records && categories.stream().anyMatch(other.categories::contains);
    }

    /** The period in words: "until the 25th birthday", "6 years after the case closed". */
    public String periodInWords() {
        if (trigger == Trigger.DATE_OF_BIRTH && period.getMonths() == 0 && period.getDays() == 0) {
            return "until the " + ordinal(period.getYears()) + " birthday";
        }
        return InWords.period(period) + " " + trigger.inWords();
    }

    static String ordinal(int number) {
        int lastTwo = number % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return number + "th";
        }
        return switch (number % 10) {
            case 1 -> number + "st";
            case 2 -> number + "nd";
            case 3 -> number + "rd";
            default -> number + "th";
        };
    }
}
