package uk.joinedup.caseservice.engagement;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Whether a family's case is flagged for disengagement: a pure function of the facts, the follow-ups and the rules. */
public final class Disengagement {

    private Disengagement() {}

    /** A fact of one of the family's members: its kind and the day it happened. */
    public record Fact(String kind, LocalDate on) {}

    /**
     * The flag of the first rule met by facts since the case opened and after the last follow-up, the latest run
     * of facts first; none when no rule is met.
     *
     * @param facts the facts of the members the viewer may see
     * @param caseOpenedOn when the case opened: facts before it are not the case's to follow up; null for never
     * @param lastFollowUpOn the last follow-up recorded, or null
     */
    public static Optional<DisengagementFlag> of(
            List<Fact> facts, LocalDate caseOpenedOn, LocalDate lastFollowUpOn, List<DisengagementRule> rules) {
        if (caseOpenedOn == null) {
            return Optional.empty();
        }
        for (DisengagementRule rule : rules) {
            List<LocalDate> days = facts.stream()
                    .filter(fact -> fact.kind().equals(rule.fact()))
                    .map(Fact::on)
                    .filter(day -> !day.isBefore(caseOpenedOn))
                    .filter(day -> lastFollowUpOn == null || day.isAfter(lastFollowUpOn))
                    .sorted(Comparator.reverseOrder())
                    .toList();
            for (int last = 0; last + rule.count() <= days.size(); last++) {
                LocalDate to = days.get(last);
                LocalDate from = days.get(last + rule.count() - 1);
                if (!from.isBefore(to.minusDays(rule.withinDays() - 1L))) {
                    return Optional.of(new DisengagementFlag(rule.description(), rule.count(), from, to));
                }
            }
        }
        return Optional.empty();
    }
}
