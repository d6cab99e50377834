package uk.joinedup.caseservice.demo;

import static uk.joinedup.caseservice.demo.DemoPractitioners.CHRIS;
import static uk.joinedup.caseservice.demo.DemoPractitioners.MO;
import static uk.joinedup.caseservice.demo.DemoPractitioners.SAM;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import uk.joinedup.caseservice.family.api.ClosureReason;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.ReferralId;
import uk.joinedup.caseservice.family.api.RiskFactor;
import uk.joinedup.caseservice.family.api.TeamMember;
import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.retention.erasure.api.Erasures;
import uk.joinedup.caseservice.retention.erasure.api.HoldErasure;
import uk.joinedup.caseservice.retention.erasure.api.HoldReason;
import uk.joinedup.caseservice.retention.erasure.api.ProposeErasure;

/**
 * Erasures for the information-governance officer (Chris Ward, ADR 31): two families whose early-help cases closed
 * more than six years ago, so that their retention under the early-help family case schedule has ended, each proposed
 * for erasure as the nightly retention review would have proposed it (the review skips them then, as already
 * proposed). The Grays wait for a decision; the Lowes are on hold for proceedings until a review date.
 */
final class DemoRetention {

    private static final String SCHEDULE = "early-help-family-case";

    private final DemoScript demo;
    private final CommandGateway commands;

    DemoRetention(DemoScript demo, CommandGateway commands) {
        this.demo = demo;
        this.commands = commands;
    }

    void load() {
        proposed("Gray family", "Rent arrears; a repayment plan agreed and kept.", 2650, 2420);
        ErasureId lowes = proposed("Lowe family", "School absence; attendance back above 95%.", 2700, 2500);
        commands.sendAndWait(new HoldErasure(
                lowes,
                null,
                HoldReason.ONGOING_PROCEEDINGS,
                "Civil claim against the council, legal services ref LS/2026/114: keep until it is settled",
                demo.ago(20),
                demo.ago(-70),
                CHRIS));
    }

    /** A family referred, worked and closed long ago, and the proposal to erase it once retention ended. */
    private ErasureId proposed(String name, String outcome, int referredDaysAgo, int closedDaysAgo) {
        FamilyId family = demo.family(SAM, name);
        ReferralId referral = demo.refer(SAM, family, outcome, Set.of(RiskFactor.OTHER), referredDaysAgo);
        demo.accept(
                MO,
                family,
                referral,
                new TeamMember(SAM.userId(), SAM.name(), SAM.agency(), SAM.agencyName(), "Family keyworker", null),
                referredDaysAgo - 5);
        demo.close(MO, family, ClosureReason.OUTCOMES_ACHIEVED, outcome, closedDaysAgo);
        LocalDate retentionEnded = demo.ago(closedDaysAgo).plusYears(6);
        DataSubject subject = DataSubject.family(family.value());
        ErasureId erasure = Erasures.idFor(subject);
        commands.sendAndWait(new ProposeErasure(erasure, subject, SCHEDULE, retentionEnded, retentionEnded));
        return erasure;
    }
}
