package uk.joinedup.caseservice.demo;

import static uk.joinedup.caseservice.demo.DemoPractitioners.MO;
import static uk.joinedup.caseservice.demo.DemoPractitioners.SAM;

import java.util.Set;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.ReferralId;
import uk.joinedup.caseservice.family.api.RiskFactor;
import uk.joinedup.caseservice.family.api.TeamMember;

/**
 * More of Early Help Central's cases, so that its manager (Mo Ahmed) has a team caseload to sort: a case
 * nobody leads, one with a new referral awaiting a decision, and quiet ones.
 */
final class DemoTeamCaseload {

    private final DemoScript demo;

    DemoTeamCaseload(DemoScript demo) {
        this.demo = demo;
    }

    void load() {
        opened("Ellis family", SAM, null, "Rent arrears and two children often absent from school.", 35);
        FamilyId grants =
                opened("Grant family", SAM, SAM, "Father released from custody; son at risk of exclusion.", 90);
        demo.refer(
                SAM,
                grants,
                "School reports the younger daughter is now missing lessons too.",
                Set.of(RiskFactor.SCHOOL_ABSENCE_OR_EXCLUSION),
                2);
        opened("Fraser family", MO, MO, "Worklessness across the household; the family asked for help.", 60);
        opened("Hughes family", MO, null, "Police report repeated anti-social behaviour by the eldest son.", 12);
    }

    /** A family referred, accepted and allocated to a keyworker {@code daysAgo}, led by {@code lead} if any. */
    private FamilyId opened(String name, Actor keyworker, Actor lead, String reason, int daysAgo) {
        FamilyId family = demo.family(SAM, name);
        ReferralId referral = demo.refer(SAM, family, reason, Set.of(RiskFactor.OTHER), daysAgo + 5);
        demo.accept(MO, family, referral, member(keyworker), daysAgo);
        if (lead != null) {
            demo.appointLead(MO, family, lead.userId(), daysAgo);
        }
        return family;
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
