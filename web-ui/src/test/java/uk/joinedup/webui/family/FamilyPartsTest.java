package uk.joinedup.webui.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.joinedup.webui.caseservice.CaseStatus;
import uk.joinedup.webui.caseservice.FamilyView;
import uk.joinedup.webui.caseservice.FamilyView.Action;
import uk.joinedup.webui.caseservice.FamilyView.Plan;
import uk.joinedup.webui.caseservice.FamilyView.Referral;
import uk.joinedup.webui.caseservice.FamilyView.TeamMember;
import uk.joinedup.webui.caseservice.FamilyView.Transfer;
import uk.joinedup.webui.caseservice.TransferStatus;
import uk.joinedup.webui.govuk.SubNavigation;

/**
 * The family's page in parts: the sub-navigation (the casework parts only to those who see the casework), what
 * needs attention on its summary, and who holds the case while a transfer awaits.
 */
class FamilyPartsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void navigatesEveryPartMarkingTheOneShownAndKeepingTheDate() {
        SubNavigation navigation = FamilyPart.TEAM.navigation(family(true, null, List.of(), null, false), null);

        assertThat(navigation.items())
                .extracting(SubNavigation.Item::label, SubNavigation.Item::href, SubNavigation.Item::current)
                .containsExactly(
                        tuple("family.part.summary", "/families/f1", false),
                        tuple("family.part.household", "/families/f1/household", false),
                        tuple("family.part.referrals", "/families/f1/referrals", false),
                        tuple("family.part.team", "/families/f1/team", true),
                        tuple("family.part.assessment", "/families/f1/assessment", false),
                        tuple("family.part.plan", "/families/f1/plan", false),
                        tuple("family.part.conferences", "/families/f1/conferences", false),
                        tuple("family.part.budget", "/families/f1/budget", false),
                        tuple("family.part.cost", "/families/f1/cost", false),
                        tuple("family.part.chronology", "/families/f1/chronology", false));
        assertThat(FamilyPart.CHRONOLOGY
                        .navigation(family(true, null, List.of(), null, false), LocalDate.of(2026, 10, 1))
                        .items())
                .extracting(SubNavigation.Item::href)
                .allMatch(href -> href.endsWith("?asAt=2026-10-01"));
    }

    @Test
    void offersTheCaseworkPartsOnlyToThoseWhoMaySeeTheCasework() {
        assertThat(FamilyPart.SUMMARY
                        .navigation(family(false, null, List.of(), null, false), null)
                        .items())
                .extracting(SubNavigation.Item::label)
                .containsExactly("family.part.summary", "family.part.household", "family.part.chronology");
    }

    @Test
    void offersTheBudgetAfterThePlanAsCaseworkKeepingTheDate() {
        assertThat(FamilyPart.BUDGET.casework()).isTrue();
        assertThat(FamilyPart.BUDGET.path("f1", null)).isEqualTo("/families/f1/budget");
        assertThat(FamilyPart.BUDGET
                        .navigation(family(true, null, List.of(), null, false), LocalDate.of(2026, 10, 1))
                        .items())
                .extracting(SubNavigation.Item::label, SubNavigation.Item::href, SubNavigation.Item::current)
                .containsSubsequence(
                        tuple("family.part.plan", "/families/f1/plan?asAt=2026-10-01", false),
                        tuple("family.part.budget", "/families/f1/budget?asAt=2026-10-01", true),
                        tuple("family.part.chronology", "/families/f1/chronology?asAt=2026-10-01", false));
    }

    @Test
    void offersTheConferencesAfterThePlanAndTheCostAfterTheBudgetAsCasework() {
        assertThat(FamilyPart.CONFERENCES.casework()).isTrue();
        assertThat(FamilyPart.COST.casework()).isTrue();
        assertThat(FamilyPart.CONFERENCES.path("f1", null)).isEqualTo("/families/f1/conferences");
        assertThat(FamilyPart.COST.path("f1", LocalDate.of(2026, 10, 1)))
                .isEqualTo("/families/f1/cost?asAt=2026-10-01");
        assertThat(FamilyPart.COST
                        .navigation(family(true, null, List.of(), null, false), null)
                        .items())
                .extracting(SubNavigation.Item::label, SubNavigation.Item::current)
                .containsSubsequence(
                        tuple("family.part.plan", false),
                        tuple("family.part.conferences", false),
                        tuple("family.part.budget", false),
                        tuple("family.part.cost", true),
                        tuple("family.part.chronology", false));
        assertThat(FamilyPart.SUMMARY
                        .navigation(family(false, null, List.of(), null, false), null)
                        .items())
                .extracting(SubNavigation.Item::label)
                .as("not to those who may not see the casework")
                .doesNotContain("family.part.conferences", "family.part.cost");
        assertThat(FamilyPart.SUMMARY
                        .navigation(family(false, null, List.of(), null, false), null)
                        .items())
                .extracting(SubNavigation.Item::label)
                .as("not to those who may not see the casework")
                .doesNotContain("family.part.budget");
    }

    @Test
    void saysWhatNeedsAttentionAndWhereItIsDealtWith() {
        FamilyView family = family(
                true,
                plan(action("OVERDUE"), action("OVERDUE"), action("OPEN"), action("DONE")),
                List.of(referral("RECEIVED"), referral("ACCEPTED")),
                TODAY.plusDays(10),
                true);

        assertThat(FamilyAttention.of(family, TODAY, null))
                .extracting(FamilyAttention::message, FamilyAttention::argument, FamilyAttention::href)
                .containsExactly(
                        tuple("family.attention.noLead", null, "/families/f1/team"),
                        tuple("family.attention.referrals", 1L, "/families/f1/referrals"),
                        tuple("family.attention.overdueActions", 2L, "/families/f1/plan"),
                        tuple("family.attention.reviewDue", "12 December 2026", "/families/f1/plan"));
    }

    @Test
    void flagsAReviewOnlyWhenItIsDueSoonOrOverdue() {
        assertThat(FamilyAttention.of(family(true, null, List.of(), TODAY.plusDays(30), false), TODAY, null))
                .isEmpty();
        assertThat(FamilyAttention.of(family(true, null, List.of(), TODAY.plusDays(14), false), TODAY, null))
                .extracting(FamilyAttention::message)
                .containsExactly("family.attention.reviewDue");
    }

    @Test
    void tellsTheReceivingManagerThatATransferAwaitsTheirDecision() {
        Transfer awaiting = transfer(TransferStatus.PROPOSED);

        assertThat(FamilyAttention.of(family(true, List.of(awaiting), true), TODAY, null))
                .extracting(FamilyAttention::message, FamilyAttention::argument, FamilyAttention::href)
                .containsExactly(
                        tuple("family.attention.transfer", "Southampton City Council Early Help", "/families/f1/team"));
        assertThat(FamilyAttention.of(family(true, List.of(awaiting), false), TODAY, null))
                .as("not to those who do not decide it")
                .isEmpty();
        assertThat(FamilyAttention.of(family(true, List.of(transfer(TransferStatus.DECLINED)), true), TODAY, null))
                .as("nor once it is decided")
                .isEmpty();
    }

    @Test
    void saysWhoHoldsTheCaseWhileATransferAwaitsItsDecision() {
        FamilyView family =
                family(true, List.of(transfer(TransferStatus.ACCEPTED), transfer(TransferStatus.PROPOSED)), false);

        assertThat(family.awaitingTransfer()).map(Transfer::status).hasValue(TransferStatus.PROPOSED);
        assertThat(family.holder().name())
                .as("who proposed it from, the family having no lead here")
                .isEqualTo("Jo Carter");
        assertThat(family(true, List.of(transfer(TransferStatus.DECLINED)), false)
                        .awaitingTransfer())
                .isEmpty();
    }

    @Test
    void flagsDisengagementNotFollowedUpWithTheFollowUpFormTodayAndTheChronologyInThePast() {
        FamilyView.Disengagement unanswered = new FamilyView.Disengagement(
                "Two unanswered contacts within 14 days", 2, TODAY.minusDays(10), TODAY.minusDays(3));
        FamilyView flagged = disengaged(unanswered);

        assertThat(FamilyAttention.of(flagged, TODAY, null))
                .containsExactly(new FamilyAttention(
                        "family.attention.disengaged", unanswered.rule(), "/families/f1/follow-up"));
        assertThat(FamilyAttention.of(flagged, TODAY.minusDays(1), TODAY.minusDays(1)))
                .extracting(FamilyAttention::href)
                .containsExactly("/families/f1/chronology?asAt=" + TODAY.minusDays(1));
        assertThat(FamilyAttention.of(disengaged(null), TODAY, null)).isEmpty();
    }

    private static FamilyView disengaged(FamilyView.Disengagement disengagement) {
        FamilyView family = family(true, null, List.of(), null, false);
        return new FamilyView(
                family.familyId(),
                family.name(),
                family.status(),
                family.openedOn(),
                family.closure(),
                family.casework(),
                family.members(),
                family.referrals(),
                family.team(),
                family.lead(),
                family.needsLeadProfessional(),
                family.assessment(),
                family.plan(),
                family.reviews(),
                family.nextReviewOn(),
                family.reviewOverdue(),
                family.budget(),
                family.people(),
                family.entries(),
                family.chronology(),
                family.leadChanges(),
                family.withheld(),
                family.withheldFrom(),
                family.agencies(),
                family.version(),
                family.asAt(),
                family.youMay(),
                family.joinRequests(),
                family.conferences(),
                family.transfers(),
                family.mayDecideTransfer(),
                family.cost(),
                disengagement);
    }

    @Test
    void tellsThoseWhoMayNotSeeTheCaseworkOnlyThatThereIsNoLead() {
        FamilyView family = family(false, plan(action("OVERDUE")), List.of(referral("RECEIVED")), TODAY, true);

        assertThat(FamilyAttention.of(family, TODAY, null))
                .extracting(FamilyAttention::message)
                .containsExactly("family.attention.noLead");
    }

    private static FamilyView family(
            boolean casework, Plan plan, List<Referral> referrals, LocalDate nextReviewOn, boolean needsLead) {
        return family(casework, plan, referrals, nextReviewOn, needsLead, List.of(), false);
    }

    private static FamilyView family(boolean casework, List<Transfer> transfers, boolean mayDecideTransfer) {
        return family(casework, null, List.of(), null, false, transfers, mayDecideTransfer);
    }

    private static FamilyView family(
            boolean casework,
            Plan plan,
            List<Referral> referrals,
            LocalDate nextReviewOn,
            boolean needsLead,
            List<Transfer> transfers,
            boolean mayDecideTransfer) {
        return new FamilyView(
                "f1",
                "Walker family",
                CaseStatus.OPEN,
                TODAY.minusDays(100),
                null,
                casework,
                List.of(),
                referrals,
                List.of(),
                null,
                needsLead,
                null,
                plan,
                List.of(),
                nextReviewOn,
                false,
                null,
                null,
                null,
                null,
                null,
                0,
                null,
                null,
                3,
                null,
                null,
                null,
                null,
                transfers,
                mayDecideTransfer,
                null,
                null);
    }

    private static Transfer transfer(TransferStatus status) {
        return new Transfer(
                "t-" + status,
                new TeamMember("jo.carter", "Jo Carter", "southampton-probation", "Probation", null, null),
                new TeamMember(
                        "sam.patel",
                        "Sam Patel",
                        "southampton-early-help",
                        "Southampton City Council Early Help",
                        null,
                        null),
                "Step-down",
                TODAY.minusDays(4),
                "Jo Carter",
                status,
                null,
                null,
                null,
                null);
    }

    private static Plan plan(Action... actions) {
        return new Plan("p1", TODAY.minusDays(50), TODAY.plusDays(30), null, null, List.of(), List.of(actions));
    }

    private static Action action(String status) {
        return new Action("a-" + status, "g1", "Do it", "southampton-early-help", null, TODAY, status, null);
    }

    private static Referral referral(String status) {
        return new Referral("r-" + status, "Concern", Set.of(), TODAY.minusDays(5), "x", "X", status, null, null);
    }
}
