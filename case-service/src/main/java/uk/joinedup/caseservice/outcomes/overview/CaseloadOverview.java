package uk.joinedup.caseservice.outcomes.overview;

import java.time.LocalDate;
import java.util.List;

/**
 * A team manager's caseload overview: counts only, no family or person named. OverviewFigures are context for a
 * conversation, not targets, and keyworkers come by name, never ranked.
 *
 * @param asAt the day "now" and "overdue" are counted for
 * @param quarters the quarters counted, oldest first
 * @param team the figures of the manager's team (their team within their agency), or null when their
 *     sign-in names no team
 * @param agency the figures of the manager's agency
 * @param keyworkers the open cases of each member of the team, by name; empty without a team
 */
public record CaseloadOverview(
        LocalDate asAt,
        List<String> quarters,
        OverviewFigures team,
        OverviewFigures agency,
        List<KeyworkerCases> keyworkers) {

    /**
     * The figures of a team or an agency.
     *
     * @param id the team's or agency's id
     * @param name how users know it
     * @param openCases open cases a member works (a team) or that the agency is involved in
     * @param openWithoutLeadProfessional of those, the ones nobody leads
     * @param overdueReviews of those, the ones whose plan review is overdue
     * @param overduePlanActions plan actions of those cases past their due date and not done
     * @param byQuarter referrals received and cases closed in each quarter
     */
    public record OverviewFigures(
            String id,
            String name,
            int openCases,
            int openWithoutLeadProfessional,
            int overdueReviews,
            int overduePlanActions,
            List<OverviewQuarter> byQuarter) {}

    /**
     * One quarter's referrals and closures, by business date.
     *
     * @param quarter written {@code 2026-Q4}
     * @param firstDay its first day
     * @param lastDay its last day
     * @param newReferrals referrals received in it
     * @param closures cases closed in it
     */
    public record OverviewQuarter(
            String quarter, LocalDate firstDay, LocalDate lastDay, int newReferrals, int closures) {}

    /**
     * A member of the team and the open cases they work.
     *
     * @param openCases open cases whose team they are on
     * @param leading of those, the ones they lead
     */
    public record KeyworkerCases(String userId, String name, int openCases, int leading) {}
}
