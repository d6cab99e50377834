package uk.joinedup.caseservice.views.caseload;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * A family as a caseload list holds it: its id and its {@link CaseKey}. The orders lists are shown in
 * are worked out for the day of the request.
 */
record ListedCase(String familyId, CaseKey key) {

    /**
     * A keyworker's order: cases needing attention (overdue actions or review, no lead professional)
     * first, then open cases, then by name.
     */
    static Comparator<ListedCase> attentionFirst(LocalDate today) {
        return Comparator.comparing((ListedCase listed) -> !listed.key().needsAttention(today))
                .thenComparing(listed -> !listed.key().open())
                .thenComparing(listed -> listed.key().name())
                .thenComparing(ListedCase::familyId);
    }

    /**
     * A manager's order, most needing attention first: the most overdue plan actions, then an overdue
     * review, then no lead professional, then a referral awaiting a decision; then open cases, then by name.
     */
    static Comparator<ListedCase> mostAttentionFirst(LocalDate today) {
        return Comparator.comparing((ListedCase listed) -> -listed.key().overdueActions(today))
                .thenComparing(listed -> !listed.key().reviewOverdue(today))
                .thenComparing(listed -> !listed.key().needsLeadProfessional())
                .thenComparing(listed -> listed.key().referralsAwaiting() == 0)
                .thenComparing(listed -> !listed.key().open())
                .thenComparing(listed -> listed.key().name())
                .thenComparing(ListedCase::familyId);
    }
}
