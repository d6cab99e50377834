package uk.joinedup.caseservice.outcomes.overview;

import java.time.LocalDate;
import java.util.List;

/**
 * An open case as the overview counts it: whether someone leads it, and the dates that decide at query
 * time whether its review and plan actions are overdue. No name, no person: only the family's id keys it.
 *
 * @param lead the lead professional's user id, or null
 * @param nextReviewOn when the plan is next to be reviewed, or null without a plan
 * @param dues the due dates of the plan's actions not done
 */
record OpenCase(String lead, LocalDate nextReviewOn, List<LocalDate> dues) {

    OpenCase {
        dues = dues == null ? List.of() : List.copyOf(dues);
    }

    boolean reviewOverdue(LocalDate today) {
        return nextReviewOn != null && nextReviewOn.isBefore(today);
    }

    long overdueActions(LocalDate today) {
        return dues.stream().filter(due -> due.isBefore(today)).count();
    }
}
