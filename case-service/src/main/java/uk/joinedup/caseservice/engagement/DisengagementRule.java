package uk.joinedup.caseservice.engagement;

import java.util.Objects;

/**
 * A rule that raises the flag: {@code count} facts of the kind {@code fact} about the family's members within
 * {@code withinDays} days.
 *
 * @param description the rule in words, as the flag says it (e.g. "Two unanswered contacts within 14 days")
 */
public record DisengagementRule(String fact, int count, int withinDays, String description) {

    public DisengagementRule {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(description, "description");
        if (count < 1 || withinDays < 1) {
            throw new IllegalArgumentException("A disengagement rule needs a count and a number of days of at least 1");
        }
    }
}
