package uk.joinedup.caseservice.demo;

import static uk.joinedup.caseservice.demo.DemoPractitioners.MO;
import static uk.joinedup.caseservice.demo.DemoPractitioners.SAM;

import java.util.Set;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.family.api.ClosureReason;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.ReferralId;
import uk.joinedup.caseservice.family.api.RiskFactor;
import uk.joinedup.caseservice.family.api.TeamMember;

/**
 * Closed cases of Early Help Central, so that its manager's caseload overview shows closures in earlier
 * quarters as well as this one (the open cases, referrals and overdue work come from the other demo files).
 */
final class DemoCaseloadOverview {

    private final DemoScript demo;

    DemoCaseloadOverview(DemoScript demo) {
        this.demo = demo;
    }

    void load() {
        closed("Irwin family", SAM, "Rent arrears; the family agreed a repayment plan.", 230, 120);
        closed("Jones family", MO, "School absence; attendance back above 95%.", 200, 70);
        closed("Khan family", SAM, "Worklessness; the father is in work.", 150, 15);
    }

    /** A family referred {@code referredDaysAgo}, worked by {@code keyworker}, closed {@code closedDaysAgo}. */
    private void closed(String name, Actor keyworker, String outcome, int referredDaysAgo, int closedDaysAgo) {
        FamilyId family = demo.family(SAM, name);
        ReferralId referral = demo.refer(SAM, family, outcome, Set.of(RiskFactor.OTHER), referredDaysAgo);
        demo.accept(MO, family, referral, member(keyworker), referredDaysAgo - 5);
        demo.appointLead(MO, family, keyworker.userId(), referredDaysAgo - 5);
        demo.close(MO, family, ClosureReason.OUTCOMES_ACHIEVED, outcome, closedDaysAgo);
    }

    private static TeamMember member(Actor keyworker) {
        return new TeamMember(
                keyworker.userId(),
                keyworker.name(),
                keyworker.agency(),
                keyworker.agencyName(),
                "Family keyworker",
                keyworker.userId() + "@southampton.example");
    }
}
