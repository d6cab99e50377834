package uk.joinedup.caseservice.demo;

import static uk.joinedup.caseservice.demo.DemoPractitioners.ANA;
import static uk.joinedup.caseservice.demo.DemoPractitioners.DEE;
import static uk.joinedup.caseservice.demo.DemoPractitioners.MO;
import static uk.joinedup.caseservice.demo.DemoPractitioners.SAM;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.catalogue.AntiSocialBehaviourIntervention;
import uk.joinedup.caseservice.catalogue.AntiSocialBehaviourInterventionGiven;
import uk.joinedup.caseservice.catalogue.AntiSocialBehaviourReported;
import uk.joinedup.caseservice.catalogue.Benefit;
import uk.joinedup.caseservice.catalogue.BenefitClaimStarted;
import uk.joinedup.caseservice.catalogue.DomesticAbuseIncidentReported;
import uk.joinedup.caseservice.catalogue.LeftSchoolRoll;
import uk.joinedup.caseservice.catalogue.OffRollReason;
import uk.joinedup.caseservice.catalogue.PregnancyRecorded;
import uk.joinedup.caseservice.catalogue.ReferredToMentalHealthService;
import uk.joinedup.caseservice.catalogue.RiskLevel;
import uk.joinedup.caseservice.family.api.ActionId;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.NeedDomain;
import uk.joinedup.caseservice.family.api.ReferralId;
import uk.joinedup.caseservice.family.api.Relationship;
import uk.joinedup.caseservice.family.api.RiskFactor;
import uk.joinedup.caseservice.family.api.TeamMember;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimId;
import uk.joinedup.caseservice.outcomes.claims.api.DraftClaim;
import uk.joinedup.caseservice.outcomes.claims.api.JudgedResult;
import uk.joinedup.caseservice.outcomes.claims.api.RecordClaimPaid;
import uk.joinedup.caseservice.outcomes.claims.api.SubmitClaim;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;
import uk.joinedup.caseservice.outcomes.schemes.Evaluation;
import uk.joinedup.caseservice.outcomes.schemes.FamilyMember;
import uk.joinedup.caseservice.outcomes.schemes.ResultFinding;
import uk.joinedup.caseservice.outcomes.schemes.SchemeFamily;
import uk.joinedup.caseservice.outcomes.schemes.Schemes;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.PersonIdentifiers;
import uk.joinedup.caseservice.person.api.PersonName;
import uk.joinedup.caseservice.person.api.SexOrGender;

/**
 * Payment-by-results claims for Early Help Central's manager (Mo Ahmed): two families that meet Supporting
 * Families, their three needs (mental health, domestic abuse, anti-social behaviour) recorded by early help
 * a month before they joined the programme 300 days ago, none since, each with a lead professional, a
 * whole-family assessment and a plan. The Nolans' claim was drafted, submitted and paid; the Quinns' is
 * there to be claimed. The Fenwicks joined Troubled Families on 1 October 2014 (2014/15, the last year the
 * scheme file lists amounts for), eligible on crime (an acceptable behaviour contract), education (Callum off a
 * school roll) and work (Lisa on Jobseeker's Allowance): their attachment fee of £1,600 was claimed, submitted
 * and paid in 2015. The Owens are eligible for Supporting Families through an expectant parent. Their facts are
 * recorded here, so the claims page shows something whatever the other demo files hold. A claim is drafted on
 * the scheme's own evaluation of the facts recorded, as the API drafts it: no amount is written here.
 */
final class DemoClaims {

    static final String SCHEME = "supporting-families";
    static final String TROUBLED_FAMILIES = "troubled-families-phase-1";
    private static final int JOINED = 300;
    private static final LocalDate FENWICKS_JOINED = LocalDate.of(2014, 10, 1);

    private final DemoScript demo;
    private final CommandGateway commands;

    DemoClaims(DemoScript demo, CommandGateway commands) {
        this.demo = demo;
        this.commands = commands;
    }

    void load() {
        Household nolans = household("Nolan family", "Tara", "Nolan", "Finn");
        claimPaid(nolans, SCHEME, demo.ago(JOINED), demo.ago(40), demo.ago(38), demo.ago(10));
        household("Quinn family", "Ruth", "Quinn", "Leo");
        claimPaid(
                fenwicks(),
                TROUBLED_FAMILIES,
                FENWICKS_JOINED,
                LocalDate.of(2015, 1, 12),
                LocalDate.of(2015, 1, 14),
                LocalDate.of(2015, 3, 2));
        owens();
    }

    /**
     * Supporting Families through an expectant parent: Carys and Rhys Owen have no children, and Carys's
     * pregnancy (due in four months) is recorded by early help, as are three needs before the family joined 60
     * days ago. Eligible; its outcomes are not yet sustained six months, so nothing to claim yet.
     */
    private void owens() {
        PersonId carys = adult("Carys", "Owen", 24, SexOrGender.FEMALE);
        PersonId rhys = adult("Rhys", "Owen", 26, SexOrGender.MALE);
        fact(carys, 95, new PregnancyRecorded(demo.ago(-120)));
        fact(carys, 90, new ReferredToMentalHealthService("Perinatal mental health team"));
        fact(rhys, 85, new DomesticAbuseIncidentReported(RiskLevel.STANDARD));
        fact(rhys, 80, new AntiSocialBehaviourReported("Shouting and a broken window at the flats"));
        FamilyId family = demo.family(SAM, "Owen family");
        demo.member(SAM, family, carys, Relationship.PARENT, 200);
        demo.member(SAM, family, rhys, Relationship.PARENT, 200);
        ReferralId referral = demo.refer(
                SAM,
                family,
                "Expecting a first baby; low mood, arguments, trouble with neighbours",
                Set.of(RiskFactor.OTHER),
                70);
        demo.accept(MO, family, referral, keyworker(SAM), 60);
        demo.appointLead(MO, family, SAM.userId(), 59);
        demo.assess(
                SAM,
                family,
                58,
                new int[] {3, 0, 2, 1, 3, 1, 1},
                "Arguments at home, one incident reported",
                "No children yet",
                "Complaints from neighbours",
                "Rhys working part time",
                "Carys's low mood in pregnancy, referred to the perinatal team",
                "Tenancy secure",
                "Managing");
        demo.plan(family)
                .goal(NeedDomain.HEALTH, "Carys feels supported through the pregnancy")
                .action("Attend the perinatal mental health appointments", SAM, 30, new ArrayList<ActionId>())
                .agree(SAM, 55, 40, "Carys and Rhys Owen");
    }

    private PersonId adult(String givenName, String familyName, int age, SexOrGender sex) {
        return person(givenName, familyName, demo.ago(0).minusYears(age), sex);
    }

    private PersonId person(String givenName, String familyName, LocalDate born, SexOrGender sex) {
        return demo.person(
                SAM,
                new PersonDetails(new PersonName(givenName, familyName), born, sex, null, PersonIdentifiers.none()));
    }

    /** A Troubled Families family of 2014/15, eligible on three entry criteria when it joined. */
    private Household fenwicks() {
        LocalDate lisaBorn = demo.ago(0).minusYears(44);
        LocalDate callumBorn = demo.ago(0).minusYears(20).minusDays(90);
        PersonId lisa = person("Lisa", "Fenwick", lisaBorn, SexOrGender.FEMALE);
        PersonId callum = person("Callum", "Fenwick", callumBorn, SexOrGender.MALE);
        FamilyId family = demo.family(SAM, "Fenwick family");
        demo.member(SAM, family, lisa, Relationship.PARENT, daysAgo(LocalDate.of(2013, 6, 1)));
        demo.member(SAM, family, callum, Relationship.CHILD, daysAgo(LocalDate.of(2013, 6, 1)));
        List<DatedFact<?>> lisasFacts = List.of(
                fact(DEE, lisa, LocalDate.of(2014, 1, 9), new BenefitClaimStarted(Benefit.JOBSEEKERS_ALLOWANCE)));
        List<DatedFact<?>> callumsFacts = List.of(
                fact(
                        SAM,
                        callum,
                        LocalDate.of(2014, 8, 1),
                        new AntiSocialBehaviourInterventionGiven(
                                AntiSocialBehaviourIntervention.ACCEPTABLE_BEHAVIOUR_CONTRACT,
                                "Stay away from the shopping precinct")),
                fact(ANA, callum, LocalDate.of(2014, 9, 1), new LeftSchoolRoll(OffRollReason.CHILD_MISSING_EDUCATION)));
        ReferralId referral = demo.refer(
                SAM,
                family,
                "Callum out of school and in trouble; Lisa out of work",
                Set.of(RiskFactor.OTHER),
                daysAgo(FENWICKS_JOINED.minusDays(10)));
        demo.accept(MO, family, referral, keyworker(SAM), daysAgo(FENWICKS_JOINED));
        SchemeFamily schemeFamily = SchemeFamily.of(List.of(
                new FamilyMember(lisa, "Lisa", lisaBorn, lisasFacts),
                new FamilyMember(callum, "Callum", callumBorn, callumsFacts)));
        return new Household(family, schemeFamily);
    }

    /** A parent and child who meet Supporting Families: needs before joining, sustained outcomes since. */
    private Household household(String name, String parentName, String familyName, String childName) {
        PersonId parent = demo.person(
                SAM,
                new PersonDetails(
                        new PersonName(parentName, familyName),
                        demo.ago(0).minusYears(38),
                        SexOrGender.FEMALE,
                        null,
                        PersonIdentifiers.none()));
        PersonId child = demo.person(
                SAM,
                new PersonDetails(
                        new PersonName(childName, familyName),
                        demo.ago(0).minusYears(9),
                        SexOrGender.MALE,
                        null,
                        PersonIdentifiers.none()));
        List<DatedFact<?>> facts = new ArrayList<>();
        facts.add(fact(parent, 330, new ReferredToMentalHealthService("Steps to Wellbeing")));
        facts.add(fact(parent, 329, new DomesticAbuseIncidentReported(RiskLevel.MEDIUM)));
        facts.add(fact(parent, 328, new AntiSocialBehaviourReported("Noise and shouting in the street at night")));

        FamilyId family = demo.family(SAM, name);
        demo.member(SAM, family, parent, Relationship.PARENT, 400);
        demo.member(SAM, family, child, Relationship.CHILD, 400);
        ReferralId referral = demo.refer(
                SAM, family, "Needs across health, domestic abuse and behaviour", Set.of(RiskFactor.OTHER), 310);
        demo.accept(MO, family, referral, keyworker(SAM), JOINED);
        demo.appointLead(MO, family, SAM.userId(), JOINED - 1);
        demo.assess(
                SAM,
                family,
                JOINED - 10,
                new int[] {3, 1, 2, 0, 3, 1, 1},
                "Arguments at home, one incident reported",
                "Attending school",
                "Complaints from neighbours",
                "Working part time",
                "Low mood, referred for talking therapy",
                "Settled tenancy",
                "Managing");
        demo.plan(family)
                .goal(NeedDomain.HEALTH, parentName + " feels able to manage her mood")
                .action("Keep up talking therapy", SAM, 45, new ArrayList<ActionId>())
                .goal(NeedDomain.FAMILY, "A calm home")
                .action("Finish the domestic abuse support course", SAM, 50, new ArrayList<ActionId>())
                .agree(SAM, JOINED - 20, 60, parentName + " " + familyName);

        List<FamilyMember> members = List.of(
                new FamilyMember(
                        parent, parentName + " " + familyName, demo.ago(0).minusYears(38), facts),
                new FamilyMember(
                        child, childName + " " + familyName, demo.ago(0).minusYears(9), List.of()));
        SchemeFamily schemeFamily =
                new SchemeFamily(members, demo.ago(JOINED - 1), demo.ago(JOINED - 10), demo.ago(JOINED - 20));
        return new Household(family, schemeFamily);
    }

    /** The family's first payable result claimed on the scheme's evaluation that day, submitted and paid. */
    private void claimPaid(
            Household household,
            String scheme,
            LocalDate joined,
            LocalDate judgedOn,
            LocalDate submittedOn,
            LocalDate paidOn) {
        Evaluation evaluation = new Schemes().byId(scheme).evaluate(household.family(), joined, judgedOn);
        ResultFinding result = evaluation.results().get(0);
        boolean achieved = evaluation.eligible() && result.finding().met();
        if (!achieved) {
            throw new IllegalStateException("The demo family does not meet " + scheme + ": " + result.finding());
        }
        String criterion = result.finding().criterion();
        ClaimId claim = ClaimId.of(scheme, household.familyId(), criterion);
        JudgedResult judged = new JudgedResult(
                judgedOn,
                true,
                evaluation.paymentYear(),
                result.earned(),
                result.finding().satisfiedBy());
        commands.sendAndWait(
                new DraftClaim(claim, null, scheme, household.familyId(), criterion, judged, true, judgedOn, MO));
        commands.sendAndWait(new SubmitClaim(claim, null, true, submittedOn, MO));
        commands.sendAndWait(new RecordClaimPaid(claim, null, paidOn, true, demo.ago(0), MO));
    }

    private DatedFact<?> fact(PersonId person, int daysAgo, AgencyFact fact) {
        return fact(SAM, person, demo.ago(daysAgo), fact);
    }

    private DatedFact<?> fact(Actor by, PersonId person, LocalDate on, AgencyFact fact) {
        FactId id = demo.fact(by, person, daysAgo(on), fact);
        return new DatedFact<>(id, on, fact);
    }

    private int daysAgo(LocalDate day) {
        return (int) ChronoUnit.DAYS.between(day, demo.ago(0));
    }

    private static TeamMember keyworker(Actor keyworker) {
        return new TeamMember(
                keyworker.userId(),
                keyworker.name(),
                keyworker.agency(),
                keyworker.agencyName(),
                "Family keyworker",
                keyworker.userId() + "@southampton.example");
    }

    /** A demo family and what the scheme reads of it. */
    private record Household(FamilyId familyId, SchemeFamily family) {}
}
