package uk.joinedup.webui.caseservice;

import java.time.LocalDate;
import java.util.List;

/**
 * A team manager's caseload overview: counts only, for their team and their agency.
 *
 * @param asAt the day "now" and "overdue" are counted for
 * @param quarters the quarters counted, oldest first, written {@code 2026-Q4}
 * @param team the figures of the manager's team, or null when their sign-in names none
 * @param agency the figures of the manager's agency
 * @param keyworkers each member of the team's open cases, by name
 */
public record CaseloadOverview(
        LocalDate asAt,
        List<String> quarters,
        OverviewFigures team,
        OverviewFigures agency,
        List<KeyworkerCases> keyworkers) {

    public CaseloadOverview {
        quarters = quarters == null ? List.of() : quarters;
        keyworkers = keyworkers == null ? List.of() : keyworkers;
    }

    /** The figures of a team or an agency. */
    public record OverviewFigures(
            String id,
            String name,
            int openCases,
            int openWithoutLeadProfessional,
            int overdueReviews,
            int overduePlanActions,
            List<OverviewQuarter> byQuarter) {

        public OverviewFigures {
            byQuarter = byQuarter == null ? List.of() : byQuarter;
        }
    }

    /** One quarter's referrals received and cases closed. */
    public record OverviewQuarter(
            String quarter, LocalDate firstDay, LocalDate lastDay, int newReferrals, int closures) {}

    /** A member of the team, their open cases and how many of those they lead. */
    public record KeyworkerCases(String userId, String name, int openCases, int leading) {}
}
