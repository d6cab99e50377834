package uk.joinedup.caseservice.views.caseload;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyKind;
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
 * @param agencies the agencies involved in the case (it registered the family, leads it or is on its
 *     team): whose team managers' inboxes list it, before the sharing policy decides on the page shown
 */
record CaseKey(
        String name,
        CaseStatus status,
        String lead,
        List<LocalDate> dues,
        LocalDate nextReviewOn,
        int referralsAwaiting,
        Set<String> agencies) {

    CaseKey {
        dues = dues == null ? List.of() : dues.stream().sorted().toList();
        agencies = agencies == null ? Set.of() : Set.copyOf(agencies);
    }

    static CaseKey registered(String name, String registeredBy) {
        return new CaseKey(name, CaseStatus.NOT_OPEN, null, List.of(), null, 0, Set.of(registeredBy));
    }

    /**
     * Whether a team manager of this agency could be one of the case's managers: their agency is involved,
     * or it is the programme's front door (early help) and a referral awaits a decision. It only narrows a
     * manager's inbox; the sharing policy still decides on each case of the page shown.
     */
    boolean mayBeManagedBy(Actor manager) {
        return agencies.contains(manager.agency().value())
                || (manager.agencyKind() == AgencyKind.EARLY_HELP && referralsAwaiting > 0);
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
        return new CaseKey(
                name, now, lead, dues, now == CaseStatus.CLOSED ? null : nextReviewOn, referralsAwaiting, agencies);
    }

    CaseKey withLead(String userId) {
        return new CaseKey(name, status, userId, dues, nextReviewOn, referralsAwaiting, agencies);
    }

    CaseKey withPlan(List<LocalDate> outstanding, LocalDate nextReview) {
        return new CaseKey(name, status, lead, outstanding, nextReview, referralsAwaiting, agencies);
    }

    CaseKey withNextReviewOn(LocalDate nextReview) {
        return new CaseKey(name, status, lead, dues, nextReview, referralsAwaiting, agencies);
    }

    CaseKey withAgencies(Set<String> involved) {
        return new CaseKey(name, status, lead, dues, nextReviewOn, referralsAwaiting, involved);
    }

    CaseKey withReferralsAwaiting(int awaiting) {
        return new CaseKey(name, status, lead, dues, nextReviewOn, Math.max(0, awaiting), agencies);
    }
}
