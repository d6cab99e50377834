package uk.joinedup.caseservice.outcomes.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.Practitioner;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.agency.TeamRoster;
import uk.joinedup.caseservice.family.api.ActionId;
import uk.joinedup.caseservice.family.api.CaseClosed;
import uk.joinedup.caseservice.family.api.CaseOpened;
import uk.joinedup.caseservice.family.api.CaseReopened;
import uk.joinedup.caseservice.family.api.ClosureReason;
import uk.joinedup.caseservice.family.api.FamilyErased;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.FamilyRegistered;
import uk.joinedup.caseservice.family.api.GoalId;
import uk.joinedup.caseservice.family.api.KeyworkerJoinedTeam;
import uk.joinedup.caseservice.family.api.KeyworkerLeftTeam;
import uk.joinedup.caseservice.family.api.LeadProfessionalAppointed;
import uk.joinedup.caseservice.family.api.LeadProfessionalHandedOver;
import uk.joinedup.caseservice.family.api.PlanAction;
import uk.joinedup.caseservice.family.api.PlanActionCompleted;
import uk.joinedup.caseservice.family.api.PlanId;
import uk.joinedup.caseservice.family.api.ReferralId;
import uk.joinedup.caseservice.family.api.ReferralReceived;
import uk.joinedup.caseservice.family.api.ReviewHeld;
import uk.joinedup.caseservice.family.api.ReviewId;
import uk.joinedup.caseservice.family.api.RiskFactor;
import uk.joinedup.caseservice.family.api.SupportPlanAgreed;
import uk.joinedup.caseservice.family.api.TeamMember;
import uk.joinedup.caseservice.infrastructure.mongo.InMemoryDocuments;
import uk.joinedup.caseservice.outcomes.overview.CaseloadOverview.KeyworkerCases;
import uk.joinedup.caseservice.outcomes.overview.CaseloadOverview.OverviewFigures;
import uk.joinedup.caseservice.outcomes.overview.CaseloadOverview.OverviewQuarter;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.retention.DatabaseSearch;

/**
 * The overview's figures from hand-written event histories, on the real projection and query over an
 * in-memory store: referrals and closures on the last day of a quarter and the first of the next, a
 * family two team members work, overdue counted for "today" (23 November 2026).
 */
class CaseloadOverviewProjectionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final AgencyId EARLY_HELP = new AgencyId("early-help");
    private static final AgencyId HOUSING = new AgencyId("housing");
    private static final TeamMember SAM = member("sam.patel", "Sam Patel", EARLY_HELP);
    private static final TeamMember MO = member("mo.ahmed", "Mo Ahmed", EARLY_HELP);
    private static final TeamMember LEE = member("lee.morgan", "Lee Morgan", HOUSING);

    private static final Practitioner IG_OFFICER = new Practitioner(
            "chris.ward", "Chris Ward", EARLY_HELP, "Early Help", AgencyKind.EARLY_HELP, Set.of(Role.IG_OFFICER));

    private final InMemoryDocuments store = new InMemoryDocuments();
    private final CaseloadOverviewProjection projection = new CaseloadOverviewProjection(store.documents());
    private final TeamRoster roster = (agency, team) -> agency.equals(EARLY_HELP) && team.equals("central")
            ? List.of(practitioner(SAM), practitioner(MO), IG_OFFICER)
            : List.of();
    private final CaseloadOverviewQueries queries = new CaseloadOverviewQueries(
            store.documents(), roster, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneId.of("UTC")));
    private final List<Object> handled = new ArrayList<>();

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void anErasedFamilyLeavesEveryListAndTheOthersStay() {
        opened("abbott", LocalDate.of(2026, 4, 1), SAM, LEE);
        handle(closed("abbott", LocalDate.of(2026, 9, 1)));
        handle(new CaseReopened(new FamilyId("abbott"), "Back", LocalDate.of(2026, 10, 1)));
        opened("baker", LocalDate.of(2026, 4, 2), SAM);

        projection.on(new FamilyErased(new FamilyId("abbott"), new ErasureId("erasure-1")));

        assertThat(DatabaseSearch.find(store.database(), Set.of("abbott"))).isEmpty();
        assertThat(DatabaseSearch.find(store.database(), Set.of("baker")))
                .extracting(DatabaseSearch.Hit::collection)
                .contains(CaseloadOverviewProjection.CASES, CaseloadOverviewProjection.LISTS);
    }

    @Test
    void countsTheTeamsAndTheAgencysCasesNowAndEachQuarterByBusinessDate() {
        givenTheCaseloadOfEarlyHelpCentral();

        CaseloadOverview overview = overviewOf(manager(EARLY_HELP, "central"));

        assertThat(overview.asAt()).isEqualTo(TODAY);
        assertThat(overview.quarters()).containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        OverviewFigures team = overview.team();
        assertThat(team.id()).isEqualTo("central");
        assertThat(team.openCases())
                .as("Adams and Baker; Baker, worked by both, once")
                .isEqualTo(2);
        assertThat(team.openWithoutLeadProfessional()).as("Adams").isEqualTo(1);
        assertThat(team.overdueReviews()).as("Baker's, due yesterday").isEqualTo(1);
        assertThat(team.overduePlanActions())
                .as("due yesterday; not the one due today")
                .isEqualTo(1);
        assertThat(referralsAndClosures(team))
                .as("quarter: referrals, closures")
                .containsExactly("2026-Q1: 0, 0", "2026-Q2: 2, 0", "2026-Q3: 1, 1", "2026-Q4: 1, 1");

        OverviewFigures agency = overview.agency();
        assertThat(agency.name()).isEqualTo("Early Help");
        assertThat(agency.openCases())
                .as("Adams, Baker and Evans, which it registered")
                .isEqualTo(3);
        assertThat(agency.openWithoutLeadProfessional()).isEqualTo(2);
        assertThat(referralsAndClosures(agency))
                .containsExactly("2026-Q1: 0, 0", "2026-Q2: 3, 0", "2026-Q3: 1, 1", "2026-Q4: 1, 1");

        assertThat(overview.keyworkers())
                .as("by name, not by how many; not the team's information-governance officer")
                .containsExactly(
                        new KeyworkerCases("mo.ahmed", "Mo Ahmed", 1, 0),
                        new KeyworkerCases("sam.patel", "Sam Patel", 2, 1));
    }

    @Test
    void showsAnotherAgencyOnlyTheCasesItIsInvolvedIn() {
        givenTheCaseloadOfEarlyHelpCentral();

        CaseloadOverview housing = overviewOf(manager(HOUSING, null));

        assertThat(housing.team()).as("no team on the sign-in").isNull();
        assertThat(housing.keyworkers()).isEmpty();
        assertThat(housing.agency().openCases())
                .as("Evans, on whose team Lee is")
                .isEqualTo(1);
        assertThat(referralsAndClosures(housing.agency()))
                .as("Evans's referral counts from when housing joined")
                .containsExactly("2026-Q1: 0, 0", "2026-Q2: 1, 0", "2026-Q3: 0, 0", "2026-Q4: 0, 0");
        assertThat(overviewOf(manager(new AgencyId("police"), "north")).team().openCases())
                .as("a team nobody in the directory belongs to")
                .isZero();
    }

    @Test
    void followsLeavingHandingOverCompletingReviewingAndReopening() {
        givenTheCaseloadOfEarlyHelpCentral();
        handle(new KeyworkerLeftTeam(new FamilyId("adams"), SAM.userId(), TODAY));
        handle(new LeadProfessionalHandedOver(new FamilyId("baker"), SAM, MO, "Moving on", TODAY));
        handle(new PlanActionCompleted(new FamilyId("baker"), new ActionId("late"), TODAY));
        handle(new ReviewHeld(
                new FamilyId("baker"), new ReviewId("review-1"), TODAY, "Going well", TODAY.plusMonths(3)));
        handle(new CaseReopened(new FamilyId("clark"), "New concerns", TODAY));

        CaseloadOverview overview = overviewOf(manager(EARLY_HELP, "central"));

        assertThat(overview.keyworkers())
                .containsExactly(
                        new KeyworkerCases("mo.ahmed", "Mo Ahmed", 1, 1),
                        new KeyworkerCases("sam.patel", "Sam Patel", 2, 0));
        assertThat(overview.team().openCases())
                .as("Baker and Clark again; Adams no longer")
                .isEqualTo(2);
        assertThat(overview.team().overdueReviews()).isZero();
        assertThat(overview.team().overduePlanActions()).isZero();
        assertThat(referralsAndClosures(overview.team()))
                .as("what happened in a quarter stays counted")
                .containsExactly("2026-Q1: 0, 0", "2026-Q2: 2, 0", "2026-Q3: 1, 1", "2026-Q4: 1, 1");
        assertThat(overview.agency().openCases())
                .as("Adams is still the agency's")
                .isEqualTo(4);
    }

    @Test
    void countsTheSameWhenEveryEventIsHandledTwice() {
        givenTheCaseloadOfEarlyHelpCentral();
        CaseloadOverview once = overviewOf(manager(EARLY_HELP, "central"));

        List<Object> history = List.copyOf(handled);
        history.forEach(this::handle);

        assertThat(overviewOf(manager(EARLY_HELP, "central"))).isEqualTo(once);
    }

    @Test
    void startsAgainFromNothingOnReset() {
        givenTheCaseloadOfEarlyHelpCentral();

        projection.reset();

        OverviewFigures agency = overviewOf(manager(EARLY_HELP, "central")).agency();
        assertThat(agency.openCases()).isZero();
        assertThat(referralsAndClosures(agency)).allMatch(row -> row.endsWith(": 0, 0"));
    }

    /**
     * Adams: referred on the last day of Q3, opened for Sam, nobody leads. Baker: referred on the first day
     * of Q4, worked by Sam and Mo, led by Sam, a review and an action due yesterday, an action due today.
     * Clark and Dawson: referred in Q2, worked by Sam, closed on the last day of Q3 and the first of Q4.
     * Evans: registered by early help, referred in Q2, worked by Lee of housing only.
     */
    private void givenTheCaseloadOfEarlyHelpCentral() {
        opened("adams", LocalDate.of(2026, 9, 30), SAM);
        opened("baker", LocalDate.of(2026, 10, 1), SAM, MO);
        handle(new LeadProfessionalAppointed(new FamilyId("baker"), SAM, LocalDate.of(2026, 10, 2)));
        handle(new SupportPlanAgreed(
                new FamilyId("baker"),
                new PlanId("plan-1"),
                List.of(),
                List.of(action("late", TODAY.minusDays(1)), action("due-today", TODAY)),
                TODAY.minusDays(1),
                LocalDate.of(2026, 10, 5)));
        opened("clark", LocalDate.of(2026, 4, 15), SAM);
        handle(closed("clark", LocalDate.of(2026, 9, 30)));
        opened("dawson", LocalDate.of(2026, 4, 16), SAM);
        handle(closed("dawson", LocalDate.of(2026, 10, 1)));
        opened("evans", LocalDate.of(2026, 6, 30), LEE);
    }

    private void opened(String family, LocalDate referredOn, TeamMember... keyworkers) {
        FamilyId id = new FamilyId(family);
        handle(new FamilyRegistered(id, family + " family", EARLY_HELP));
        handle(new ReferralReceived(
                id, new ReferralId(family + "-referral"), "Concern", Set.of(RiskFactor.OTHER), referredOn, EARLY_HELP));
        for (TeamMember keyworker : keyworkers) {
            handle(new KeyworkerJoinedTeam(id, keyworker, referredOn.plusDays(1)));
        }
        handle(new CaseOpened(id, referredOn.plusDays(1)));
    }

    private static CaseClosed closed(String family, LocalDate on) {
        return new CaseClosed(new FamilyId(family), ClosureReason.OUTCOMES_ACHIEVED, "Done", on, false);
    }

    private void handle(Object event) {
        handled.add(event);
        if (event instanceof FamilyRegistered e) {
            projection.on(e);
        } else if (event instanceof ReferralReceived e) {
            projection.on(e);
        } else if (event instanceof KeyworkerJoinedTeam e) {
            projection.on(e);
        } else if (event instanceof KeyworkerLeftTeam e) {
            projection.on(e);
        } else if (event instanceof CaseOpened e) {
            projection.on(e);
        } else if (event instanceof CaseReopened e) {
            projection.on(e);
        } else if (event instanceof CaseClosed e) {
            projection.on(e);
        } else if (event instanceof LeadProfessionalAppointed e) {
            projection.on(e);
        } else if (event instanceof LeadProfessionalHandedOver e) {
            projection.on(e);
        } else if (event instanceof SupportPlanAgreed e) {
            projection.on(e);
        } else if (event instanceof PlanActionCompleted e) {
            projection.on(e);
        } else if (event instanceof ReviewHeld e) {
            projection.on(e);
        } else {
            throw new IllegalArgumentException("not an event of the overview: " + event);
        }
    }

    private CaseloadOverview overviewOf(Actor manager) {
        return queries.answer(new GetCaseloadOverview(manager, new Quarter(2026, 1), new Quarter(2026, 4)));
    }

    private static List<String> referralsAndClosures(OverviewFigures figures) {
        return figures.byQuarter().stream()
                .map((OverviewQuarter quarter) ->
                        quarter.quarter() + ": " + quarter.newReferrals() + ", " + quarter.closures())
                .toList();
    }

    private static PlanAction action(String id, LocalDate dueOn) {
        return new PlanAction(new ActionId(id), new GoalId("goal"), "Something", EARLY_HELP, null, dueOn);
    }

    private static TeamMember member(String userId, String name, AgencyId agency) {
        return new TeamMember(userId, name, agency, agency.value(), "Keyworker", null);
    }

    private static Practitioner practitioner(TeamMember member) {
        return new Practitioner(
                member.userId(),
                member.name(),
                member.agency(),
                member.agencyName(),
                AgencyKind.EARLY_HELP,
                Set.of(Role.KEYWORKER));
    }

    private static Actor manager(AgencyId agency, String team) {
        String name = agency.equals(EARLY_HELP) ? "Early Help" : agency.value();
        return new Actor("manager", "A Manager", agency, name, AgencyKind.EARLY_HELP, Set.of(Role.TEAM_MANAGER), team);
    }
}
