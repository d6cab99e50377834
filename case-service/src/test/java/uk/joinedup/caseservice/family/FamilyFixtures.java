package uk.joinedup.caseservice.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.Actors;
import uk.joinedup.caseservice.family.api.ActionId;
import uk.joinedup.caseservice.family.api.AssessedNeed;
import uk.joinedup.caseservice.family.api.AssessmentCompleted;
import uk.joinedup.caseservice.family.api.AssessmentId;
import uk.joinedup.caseservice.family.api.CaseOpened;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.FamilyMemberJoined;
import uk.joinedup.caseservice.family.api.FamilyRegistered;
import uk.joinedup.caseservice.family.api.Goal;
import uk.joinedup.caseservice.family.api.GoalId;
import uk.joinedup.caseservice.family.api.KeyworkerJoinedTeam;
import uk.joinedup.caseservice.family.api.LeadProfessionalAppointed;
import uk.joinedup.caseservice.family.api.NeedDomain;
import uk.joinedup.caseservice.family.api.PlanAction;
import uk.joinedup.caseservice.family.api.PlanId;
import uk.joinedup.caseservice.family.api.ReferralAccepted;
import uk.joinedup.caseservice.family.api.ReferralId;
import uk.joinedup.caseservice.family.api.ReferralReceived;
import uk.joinedup.caseservice.family.api.Relationship;
import uk.joinedup.caseservice.family.api.RiskFactor;
import uk.joinedup.caseservice.family.api.SupportPlanAgreed;
import uk.joinedup.caseservice.family.api.TeamMember;
import uk.joinedup.caseservice.person.api.PersonId;

/** A family and its case in the domain's words, for tests. */
public final class FamilyFixtures {

    public static final FamilyId WALKERS = new FamilyId("family-walker");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    public static final PersonId STEPHEN = new PersonId("person-stephen");
    public static final PersonId LIAM = new PersonId("person-liam");
    public static final ReferralId REFERRAL = new ReferralId("referral-1");
    public static final PlanId PLAN = new PlanId("plan-1");
    public static final GoalId SCHOOL = new GoalId("goal-school");
    public static final ActionId ROUTINE = new ActionId("action-routine");
    public static final ActionId CLUB = new ActionId("action-club");

    private FamilyFixtures() {}

    public static TeamMember member(Actor actor) {
        return new TeamMember(actor.userId(), actor.name(), actor.agency(), actor.agencyName(), "Keyworker", null);
    }

    public static FamilyRegistered registered() {
        return new FamilyRegistered(
                WALKERS, "Walker family", Actors.earlyHelpKeyworker().agency());
    }

    public static FamilyMemberJoined joined(PersonId person, Relationship relationship) {
        return new FamilyMemberJoined(WALKERS, person, relationship, TODAY.minusYears(5));
    }

    public static ReferralReceived referred() {
        return new ReferralReceived(
                WALKERS,
                REFERRAL,
                "Liam is missing school",
                Set.of(RiskFactor.SCHOOL_ABSENCE_OR_EXCLUSION),
                TODAY.minusDays(30),
                Actors.housingOfficer().agency());
    }

    /** Registered, referred, accepted: an open case with an early-help keyworker and no lead professional. */
    public static List<Object> openCase() {
        return new ArrayList<>(List.of(
                registered(),
                joined(STEPHEN, Relationship.PARENT),
                referred(),
                new ReferralAccepted(WALKERS, REFERRAL, TODAY.minusDays(20)),
                new CaseOpened(WALKERS, TODAY.minusDays(20)),
                new KeyworkerJoinedTeam(WALKERS, member(Actors.earlyHelpKeyworker()), TODAY.minusDays(20))));
    }

    /** An open case led by the early-help keyworker, with the Jobcentre adviser on the team too. */
    public static List<Object> ledCase() {
        List<Object> events = openCase();
        events.add(new KeyworkerJoinedTeam(WALKERS, member(Actors.jobcentreAdviser()), TODAY.minusDays(19)));
        events.add(new LeadProfessionalAppointed(WALKERS, member(Actors.earlyHelpKeyworker()), TODAY.minusDays(19)));
        return events;
    }

    public static List<AssessedNeed> needs(int education) {
        List<AssessedNeed> needs = new ArrayList<>();
        for (NeedDomain domain : NeedDomain.values()) {
            needs.add(new AssessedNeed(domain, domain == NeedDomain.EDUCATION ? education : 0, "Evidence"));
        }
        return needs;
    }

    public static AssessmentCompleted assessed(int education) {
        return new AssessmentCompleted(
                WALKERS, new AssessmentId("assessment-1"), needs(education), TODAY.minusDays(15));
    }

    public static List<Goal> goals() {
        return List.of(new Goal(SCHOOL, NeedDomain.EDUCATION, "Liam in school every day"));
    }

    public static List<PlanAction> actions() {
        return List.of(
                new PlanAction(
                        ROUTINE,
                        SCHOOL,
                        "Morning routine",
                        Actors.earlyHelpKeyworker().agency(),
                        "Sam Patel",
                        TODAY.plusDays(14)),
                new PlanAction(
                        CLUB,
                        SCHOOL,
                        "Join football club",
                        Actors.earlyHelpKeyworker().agency(),
                        null,
                        TODAY.plusDays(30)));
    }

    public static SupportPlanAgreed planAgreed() {
        return new SupportPlanAgreed(WALKERS, PLAN, goals(), actions(), TODAY.plusDays(60), TODAY.minusDays(10));
    }

    /** A led case, assessed, with an agreed plan of two open actions. */
    public static List<Object> planned() {
        List<Object> events = ledCase();
        events.add(assessed(3));
        events.add(planAgreed());
        return events;
    }
}
