package uk.joinedup.caseservice.views.caseload;

import java.time.LocalDate;
import java.util.List;
import uk.joinedup.caseservice.family.record.FamilyRecord.CaseStatus;

/**
 * What a caseload list needs of a family's case to sort and filter it without reading the family: kept
 * by {@link CaseloadProjection} in every list the family is on. Whether it needs attention is worked out
 * for the day of the request, so "overdue" is always today's.
 *
 * @param name the family's name
 * @param status where the case stands
 * @param lead the lead professional's user id, or null
 * @param dues the due dates of the plan's actions not yet done, earliest first
 * @param nextReviewOn when the case is next due for review, or null
 * @param referralsAwaiting how many referrals await a decision
 */
record CaseKey(
        String name,
        CaseStatus status,
        String lead,
        List<LocalDate> dues,
        LocalDate nextReviewOn,
        int referralsAwaiting) {

    CaseKey {
        dues = dues == null ? List.of() : dues.stream().sorted().toList();
    }

    static CaseKey registered(String name) {
        return new CaseKey(name, CaseStatus.NOT_OPEN, null, List.of(), null, 0);
    }

    boolean open() {
        return status == CaseStatus.OPEN;
    }

    boolean needsLeadProfessional() {
        return open() && lead == null;
    }

    /** Plan actions of an open case due before {@code today} and not done. */
    int overdueActions(LocalDate today) {
        return open() ? (int) dues.stream().filter(due -> due.isBefore(today)).count() : 0;
    }

    boolean reviewOverdue(LocalDate today) {
        return open() && nextReviewOn != null && nextReviewOn.isBefore(today);
    }

    /** Overdue actions, an overdue review or no lead professional: the keyworker's "needs attention". */
    boolean needsAttention(LocalDate today) {
        return overdueActions(today) > 0 || reviewOverdue(today) || needsLeadProfessional();
    }

    CaseKey withStatus(CaseStatus now) {
        return new CaseKey(name, now, lead, dues, now == CaseStatus.CLOSED ? null : nextReviewOn, referralsAwaiting);
    }

    CaseKey withLead(String userId) {
        return new CaseKey(name, status, userId, dues, nextReviewOn, referralsAwaiting);
    }

    CaseKey withPlan(List<LocalDate> outstanding, LocalDate nextReview) {
        return new CaseKey(name, status, lead, outstanding, nextReview, referralsAwaiting);
    }

    CaseKey withNextReviewOn(LocalDate nextReview) {
        return new CaseKey(name, status, lead, dues, nextReview, referralsAwaiting);
    }

    CaseKey withReferralsAwaiting(int awaiting) {
        return new CaseKey(name, status, lead, dues, nextReviewOn, Math.max(0, awaiting));
    }
}
