package uk.joinedup.caseservice.demo;

import static uk.joinedup.caseservice.demo.DemoPractitioners.ANA;
import static uk.joinedup.caseservice.demo.DemoPractitioners.CHRIS;
import static uk.joinedup.caseservice.demo.DemoPractitioners.DEE;
import static uk.joinedup.caseservice.demo.DemoPractitioners.JO;
import static uk.joinedup.caseservice.demo.DemoPractitioners.KIM;
import static uk.joinedup.caseservice.demo.DemoPractitioners.LEE;
import static uk.joinedup.caseservice.demo.DemoPractitioners.MO;
import static uk.joinedup.caseservice.demo.DemoPractitioners.RAY;
import static uk.joinedup.caseservice.demo.DemoPractitioners.SAM;
import static uk.joinedup.caseservice.demo.DemoPractitioners.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.budget.api.FundingSource;
import uk.joinedup.caseservice.catalogue.AntiSocialBehaviourIntervention;
import uk.joinedup.caseservice.catalogue.AntiSocialBehaviourInterventionGiven;
import uk.joinedup.caseservice.catalogue.AntiSocialBehaviourReported;
import uk.joinedup.caseservice.catalogue.AttachedToWorkProgramme;
import uk.joinedup.caseservice.catalogue.AttainmentRecorded;
import uk.joinedup.caseservice.catalogue.Benefit;
import uk.joinedup.caseservice.catalogue.BenefitClaimEnded;
import uk.joinedup.caseservice.catalogue.BenefitClaimStarted;
import uk.joinedup.caseservice.catalogue.CaseNoteWritten;
import uk.joinedup.caseservice.catalogue.ClaimEndReason;
import uk.joinedup.caseservice.catalogue.CompactAgreed;
import uk.joinedup.caseservice.catalogue.CompactKind;
import uk.joinedup.caseservice.catalogue.CompactReviewed;
import uk.joinedup.caseservice.catalogue.ContactMethod;
import uk.joinedup.caseservice.catalogue.ContactUnanswered;
import uk.joinedup.caseservice.catalogue.Disposal;
import uk.joinedup.caseservice.catalogue.DomesticAbuseIncidentReported;
import uk.joinedup.caseservice.catalogue.EvictionNoticeServed;
import uk.joinedup.caseservice.catalogue.ExcludedFromSchool;
import uk.joinedup.caseservice.catalogue.ExclusionType;
import uk.joinedup.caseservice.catalogue.ExpectedStandard;
import uk.joinedup.caseservice.catalogue.JobStarted;
import uk.joinedup.caseservice.catalogue.OffenceProven;
import uk.joinedup.caseservice.catalogue.OffenderCohort;
import uk.joinedup.caseservice.catalogue.OffenderCohortJoined;
import uk.joinedup.caseservice.catalogue.ParentRecorded;
import uk.joinedup.caseservice.catalogue.ParentingProgrammeCompleted;
import uk.joinedup.caseservice.catalogue.ParentingProgrammeStarted;
import uk.joinedup.caseservice.catalogue.ReferredToMentalHealthService;
import uk.joinedup.caseservice.catalogue.ReleasedFromCustody;
import uk.joinedup.caseservice.catalogue.RentArrearsRecorded;
import uk.joinedup.caseservice.catalogue.RiskLevel;
import uk.joinedup.caseservice.catalogue.SanctionApplied;
import uk.joinedup.caseservice.catalogue.SanctionKind;
import uk.joinedup.caseservice.catalogue.Substance;
import uk.joinedup.caseservice.catalogue.SupervisionStarted;
import uk.joinedup.caseservice.catalogue.SupervisionType;
import uk.joinedup.caseservice.catalogue.TenancyStarted;
import uk.joinedup.caseservice.catalogue.Tenure;
import uk.joinedup.caseservice.catalogue.Term;
import uk.joinedup.caseservice.catalogue.TermAttendanceRecorded;
import uk.joinedup.caseservice.catalogue.TrainingKind;
import uk.joinedup.caseservice.catalogue.TrainingStarted;
import uk.joinedup.caseservice.catalogue.TreatmentExit;
import uk.joinedup.caseservice.catalogue.TreatmentExited;
import uk.joinedup.caseservice.catalogue.TreatmentStarted;
import uk.joinedup.caseservice.catalogue.UniversalCreditRegime;
import uk.joinedup.caseservice.consent.api.ConsentEvidence;
import uk.joinedup.caseservice.consent.api.ConsentId;
import uk.joinedup.caseservice.emergency.api.OverrideReason;
import uk.joinedup.caseservice.family.api.ActionId;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.GoalId;
import uk.joinedup.caseservice.family.api.NeedDomain;
import uk.joinedup.caseservice.family.api.ReferralId;
import uk.joinedup.caseservice.family.api.Relationship;
import uk.joinedup.caseservice.family.api.RiskFactor;
import uk.joinedup.caseservice.person.api.Address;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.NationalInsuranceNumber;
import uk.joinedup.caseservice.person.api.NhsNumber;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.PersonIdentifiers;
import uk.joinedup.caseservice.person.api.PersonName;
import uk.joinedup.caseservice.person.api.SexOrGender;
import uk.joinedup.caseservice.sharing.ConsentGiver;

/**
 * The demo caseload, after the seed documents' stories: Stephen's family in Southampton (work and school
 * attendance), Deborah and her son (domestic abuse, exclusion), James, 15 (a case nobody leads yet),
 * Tony (integrated offender management) and Sharon (the Work Programme); and a Smith and a Smyth, for
 * search. Business dates run over the
 * past year, so "as at" views have a story to tell.
 */
final class DemoCaseload {

    private final DemoScript demo;

    DemoCaseload(DemoScript demo) {
        this.demo = demo;
    }

    void load() {
        new DemoAgreements(demo).register();
        walkerFamily();
        hillFamily();
        okaforFamily();
        marshFamily();
        sharonPrice();
        smithAndSmyth();
    }

    private void walkerFamily() {
        Address home = new Address("14 Northam Road", null, "Southampton", "SO14 0PB", null);
        PersonId stephen = demo.person(
                SAM,
                details(
                        "Stephen",
                        "Walker",
                        LocalDate.of(1984, 2, 9),
                        SexOrGender.MALE,
                        home,
                        new PersonIdentifiers(null, NationalInsuranceNumber.parse("AB123456C"), null)));
        PersonId karen = demo.person(
                SAM,
                details(
                        "Karen",
                        "Walker",
                        LocalDate.of(1986, 7, 21),
                        SexOrGender.FEMALE,
                        home,
                        PersonIdentifiers.none()));
        PersonId liam = demo.person(
                SAM,
                details("Liam", "Walker", LocalDate.of(2011, 10, 3), SexOrGender.MALE, home, PersonIdentifiers.none()));
        PersonId chloe = demo.person(
                SAM,
                details(
                        "Chloe",
                        "Walker",
                        LocalDate.of(2014, 5, 30),
                        SexOrGender.FEMALE,
                        home,
                        PersonIdentifiers.none()));

        FamilyId walkers = demo.family(SAM, "Walker family");
        demo.member(SAM, walkers, stephen, Relationship.PARENT, 3000);
        demo.member(SAM, walkers, karen, Relationship.PARENT, 3000);
        demo.member(SAM, walkers, liam, Relationship.CHILD, 3000);
        demo.member(SAM, walkers, chloe, Relationship.CHILD, 3000);

        for (PersonId child : List.of(liam, chloe)) {
            demo.fact(SAM, child, 3000, new ParentRecorded(stephen.value(), true));
            demo.fact(SAM, child, 3000, new ParentRecorded(karen.value(), true));
        }
        demo.fact(DEE, stephen, 1500, new BenefitClaimStarted(Benefit.JOBSEEKERS_ALLOWANCE));
        demo.fact(
                DEE,
                karen,
                600,
                new BenefitClaimStarted(Benefit.UNIVERSAL_CREDIT, UniversalCreditRegime.SEARCHING_FOR_WORK));
        demo.fact(
                ANA,
                chloe,
                500,
                AttainmentRecorded.keyStage2(
                        ExpectedStandard.MET, ExpectedStandard.NOT_MET, ExpectedStandard.MET, true));
        for (int term = 0; term < 3; term++) {
            int daysAgo = 330 - term * 90;
            demo.fact(
                    ANA,
                    liam,
                    daysAgo,
                    new TermAttendanceRecorded(
                            academicYear(demo.ago(daysAgo)), Term.values()[term], 140, 12 - term * 2, 26 - term * 7));
            demo.fact(
                    ANA,
                    chloe,
                    daysAgo,
                    new TermAttendanceRecorded(
                            academicYear(demo.ago(daysAgo)), Term.values()[term], 140, 8, 14 - term * 4));
        }
        demo.fact(ANA, liam, 290, new ExcludedFromSchool(ExclusionType.FIXED_TERM, 3));
        demo.fact(
                RAY,
                liam,
                275,
                new AntiSocialBehaviourReported("Throwing stones at buses on Northam Road with two older boys"));
        demo.fact(
                RAY,
                liam,
                250,
                new AntiSocialBehaviourInterventionGiven(
                        AntiSocialBehaviourIntervention.ACCEPTABLE_BEHAVIOUR_CONTRACT,
                        "Stay away from the bus station"));
        demo.fact(
                ANA,
                liam,
                260,
                new SanctionApplied(
                        SanctionKind.PENALTY_NOTICE, "Penalty notice to parents for Liam's unauthorised absence"));

        ReferralId referral = demo.refer(
                ANA,
                walkers,
                "Liam is missing a fifth of school and was excluded in the autumn; Stephen has been on JSA for four years.",
                Set.of(
                        RiskFactor.SCHOOL_ABSENCE_OR_EXCLUSION,
                        RiskFactor.ANTI_SOCIAL_BEHAVIOUR,
                        RiskFactor.ADULT_OUT_OF_WORK),
                250);
        demo.accept(MO, walkers, referral, member(SAM, "Family keyworker", "sam.patel@southampton.example"), 245);
        demo.appointLead(MO, walkers, SAM.userId(), 240);
        demo.join(SAM, walkers, member(DEE, "Troubled Families employment adviser", "0300 200 0001"), 240);
        demo.join(SAM, walkers, member(ANA, "Education welfare officer", "ana.silva@southampton.example"), 240);
        demo.join(SAM, walkers, member(RAY, "Neighbourhood officer", "101 ext 4411"), 235);

        demo.assess(
                SAM,
                walkers,
                230,
                new int[] {2, 3, 2, 3, 1, 1, 2},
                "Parents argue about money; both want things to change.",
                "Liam 20% absence, one fixed-term exclusion; Chloe 15% absence.",
                "Liam reported for anti-social behaviour with older boys.",
                "Stephen on JSA four years; Karen has not worked since Chloe was born.",
                "No health concerns raised.",
                "Secure council tenancy, some damp.",
                "Rent up to date but credit card debt growing.");
        demo.fact(
                SAM,
                karen,
                226,
                new CompactAgreed(
                        CompactKind.FAMILY_COMPACT,
                        "We will get both children to school every day; Sam will help Stephen find work and meet us weekly."));

        List<ActionId> actions = new ArrayList<>();
        DemoScript.Plan plan = demo.plan(walkers);
        plan.goal(NeedDomain.EDUCATION, "Liam and Chloe in school every day")
                .action("Morning routine plan with Karen; Ana to call on any absence", ANA, -150, actions)
                .action("Liam to join the after-school football club", SAM, -120, actions)
                .goal(NeedDomain.WORK, "Stephen back in work")
                .action("Weekly job-search sessions with Dee", DEE, -100, actions)
                .action("Stephen to start forklift licence course", DEE, 20, actions)
                .goal(NeedDomain.MONEY, "Debts under control")
                .action("Referral to Citizens Advice debt clinic", SAM, -10, actions)
                .agree(SAM, 225, -20, "Stephen and Karen Walker");
        walkerBudget(walkers, plan.goalIds());
        demo.complete(ANA, walkers, actions.get(0), 200);
        demo.complete(SAM, walkers, actions.get(1), 150);
        demo.complete(DEE, walkers, actions.get(2), 95);

        demo.fact(DEE, stephen, 180, new TrainingStarted(TrainingKind.TRAINING, "Forklift licence (counterbalance)"));
        demo.fact(
                SAM,
                stephen,
                170,
                new CaseNoteWritten("Stephen passed the forklift theory test. Karen says mornings are calmer."));
        demo.review(
                SAM,
                walkers,
                140,
                "Attendance up for both children; Stephen applying for warehouse jobs. Keep going.",
                -20);
        demo.conference(
                SAM,
                walkers,
                125,
                List.of(
                        member(SAM, "Family keyworker", null),
                        member(ANA, "Education welfare officer", null),
                        member(DEE, "Troubled Families employment adviser", null),
                        member(RAY, "Neighbourhood officer", null)),
                "Stephen and Karen Walker",
                List.of(
                        "Sam Patel remains the lead professional",
                        "Keep the case open: attendance is improving but not yet above 90%",
                        "Stephen to be put forward for warehouse vacancies at Solent Logistics"),
                List.of(demo.action(plan.goalIds().get(0), "Meet Liam's head of year about his timetable", ANA, 10)));
        demo.fact(
                SAM,
                karen,
                130,
                new CompactReviewed(
                        CompactKind.FAMILY_COMPACT,
                        true,
                        "Kept on both sides: the children are in school most days and Sam has met the family every"
                                + " week. Agreed to keep it going until Stephen is settled in work."));
        demo.fact(DEE, stephen, 95, new JobStarted("Solent Logistics", 30));
        demo.fact(DEE, stephen, 94, new BenefitClaimEnded(Benefit.JOBSEEKERS_ALLOWANCE, ClaimEndReason.FOUND_WORK));
        demo.fact(SAM, karen, 60, new CaseNoteWritten("Home visit: Karen asked about volunteering at Chloe's school."));
        demo.fact(SAM, karen, 21, new ContactUnanswered(ContactMethod.HOME_VISIT));
        routineVisits(
                SAM,
                karen,
                240,
                14,
                "Weekly visit: mornings discussed, school bags packed the night before.",
                "Visit with Stephen and Karen: budget sheet filled in together.",
                "Liam talked about football; says school is 'alright'.",
                "Chloe proud of her attendance certificate.");
        routineVisits(ANA, liam, 230, 30, "Attendance check with the school: no unauthorised absence this month.");
        routineVisits(ANA, chloe, 230, 30, "Attendance check with the school: Chloe in every day this month.");
        routineVisits(DEE, stephen, 230, 14, "Job-search session: applications sent, interview practice done.");
        routineVisits(RAY, liam, 220, 45, "Neighbourhood patrol: no further incidents involving Liam.");
        // Enough for the family's chronology to run to more than one page of 50.
        routineVisits(
                SAM,
                liam,
                200,
                14,
                "Mentoring session with Liam after school: talked about what he wants to do next.",
                "Mentoring session with Liam: practised what to say when friends push him to skip school.");

        // What each agency may see of the others' records, and why (ADR 12).
        demo.consent(
                SAM,
                stephen,
                ConsentGiver.THE_PERSON,
                null,
                Set.of(DEE.agency(), ANA.agency(), LEE.agency()),
                EnumSet.of(
                        InformationCategory.IDENTITY,
                        InformationCategory.EMPLOYMENT_AND_BENEFITS,
                        InformationCategory.CASE_NOTE,
                        InformationCategory.HOUSING),
                245,
                120,
                ConsentEvidence.SIGNED_FORM,
                "Signed at the first home visit; copy on the early help file.");
        demo.consent(
                SAM,
                karen,
                ConsentGiver.THE_PERSON,
                null,
                Set.of(DEE.agency(), ANA.agency(), LEE.agency()),
                EnumSet.of(InformationCategory.IDENTITY, InformationCategory.CASE_NOTE),
                245,
                120,
                ConsentEvidence.SIGNED_FORM,
                "Signed with Stephen's.");
        for (PersonId child : List.of(liam, chloe)) {
            demo.consent(
                    SAM,
                    child,
                    ConsentGiver.PARENT_OR_GUARDIAN,
                    "Karen Walker (mother)",
                    Set.of(ANA.agency(), DEE.agency(), RAY.agency()),
                    EnumSet.of(
                            InformationCategory.IDENTITY, InformationCategory.EDUCATION, InformationCategory.CASE_NOTE),
                    245,
                    120,
                    ConsentEvidence.SIGNED_FORM,
                    "Karen signed for both children.");
        }
    }

    /**
     * The Walkers' budget, held by Sam (seed 003: the lead professional as budget holder): the Troubled Families
     * grant buys the forklift course, Liam's football and debt advice; a pooled budget paid for breakfast club
     * places until the school took them on.
     *
     * @param goals education, work and money, in that order
     */
    private void walkerBudget(FamilyId walkers, List<GoalId> goals) {
        DemoScript.Budget budget = demo.budget(walkers, MO, SAM);
        String grant = budget.allocate(FundingSource.TROUBLED_FAMILIES_GRANT, 2500, 225, 140);
        String forklift = budget.commission(
                grant,
                "Solent Training",
                "Forklift licence course (counterbalance) for Stephen",
                goals.get(1),
                450,
                185);
        budget.spend(forklift, 450, 180);
        String football = budget.commission(
                grant, "Northam Juniors FC", "A year's membership and kit for Liam", goals.get(0), 120, 150);
        budget.spend(football, 60, 150);
        budget.spend(football, 60, 60);
        String debtAdvice = budget.commission(
                grant,
                "Citizens Advice Southampton",
                "Six debt advice sessions for Stephen and Karen",
                goals.get(2),
                300,
                15);
        budget.spend(debtAdvice, 100, 5);
        String pooled = budget.allocate(FundingSource.POOLED_COMMUNITY_BUDGET, 800, 200, 165);
        String breakfast = budget.commission(
                pooled, "St Mary's Primary", "Breakfast club places for Liam and Chloe", goals.get(0), 200, 195);
        budget.spend(breakfast, 40, 165);
        budget.cancel(breakfast, "The school now funds breakfast club places for both children", 160);
    }

    private void hillFamily() {
        Address home = new Address("Flat 3, 22 Shirley High Street", null, "Southampton", "SO15 3NL", null);
        PersonId deborah = demo.person(
                KIM,
                details(
                        "Deborah",
                        "Hill",
                        LocalDate.of(1987, 11, 12),
                        SexOrGender.FEMALE,
                        home,
                        new PersonIdentifiers(NhsNumber.parse("943 476 5919"), null, null)));
        PersonId jamie = demo.person(
                KIM,
                details("Jamie", "Hill", LocalDate.of(2012, 4, 18), SexOrGender.MALE, home, PersonIdentifiers.none()));
        PersonId gary = demo.person(
                RAY,
                details("Gary", "Hill", LocalDate.of(1983, 1, 5), SexOrGender.MALE, null, PersonIdentifiers.none()));

        FamilyId hills = demo.family(KIM, "Hill family");
        demo.member(KIM, hills, deborah, Relationship.PARENT, 4000);
        demo.member(KIM, hills, jamie, Relationship.CHILD, 4000);

        demo.fact(RAY, deborah, 320, new DomesticAbuseIncidentReported(RiskLevel.HIGH));
        demo.fact(
                RAY,
                gary,
                320,
                new OffenceProven(
                        "Assault occasioning actual bodily harm", demo.ago(320), Disposal.CONDITIONAL_CAUTION));
        demo.fact(KIM, deborah, 300, new ReferredToMentalHealthService("Southampton Talking Therapies"));
        demo.fact(ANA, jamie, 280, new ExcludedFromSchool(ExclusionType.FIXED_TERM, 5));
        demo.fact(LEE, deborah, 270, new RentArrearsRecorded(1240));
        demo.fact(ANA, jamie, 200, new TermAttendanceRecorded(academicYear(demo.ago(200)), Term.SPRING, 120, 10, 18));

        ReferralId referral = demo.refer(
                KIM,
                hills,
                "Deborah is getting into the system after a high-risk domestic abuse incident; Jamie was excluded and"
                        + " rent arrears are building.",
                Set.of(
                        RiskFactor.DOMESTIC_ABUSE,
                        RiskFactor.SCHOOL_ABSENCE_OR_EXCLUSION,
                        RiskFactor.HOUSING_AT_RISK,
                        RiskFactor.MENTAL_HEALTH),
                265);
        demo.accept(MO, hills, referral, member(SAM, "Family keyworker", "sam.patel@southampton.example"), 260);
        demo.appointLead(MO, hills, SAM.userId(), 258);
        demo.join(SAM, hills, member(KIM, "Health visitor", "kim.osei@solent.example"), 258);
        demo.join(SAM, hills, member(LEE, "Housing officer", "023 8000 1234"), 258);
        demo.join(SAM, hills, member(ANA, "Education welfare officer", "ana.silva@southampton.example"), 255);

        demo.assess(
                SAM,
                hills,
                250,
                new int[] {4, 3, 0, 2, 3, 3, 3},
                "High-risk domestic abuse; Gary has left; Deborah frightened he will return.",
                "Jamie excluded for fighting; attendance 77%.",
                "No offending by Deborah or Jamie.",
                "Deborah left her job after the incident.",
                "Deborah anxious and not sleeping; waiting for talking therapy.",
                "Arrears of £1,240; notice threatened.",
                "Struggling with bills since Gary left.");
        List<ActionId> actions = new ArrayList<>();
        demo.plan(hills)
                .goal(NeedDomain.FAMILY, "Deborah and Jamie safe at home")
                .action("Safety plan and IDVA referral", SAM, -230, actions)
                .goal(NeedDomain.HOUSING, "Keep the tenancy")
                .action("Arrears repayment plan agreed with housing", LEE, -200, actions)
                .goal(NeedDomain.HEALTH, "Deborah feeling able to cope")
                .action("First talking therapy appointment", KIM, -180, actions)
                .goal(NeedDomain.EDUCATION, "Jamie back in school full time")
                .action("Reintegration meeting at school", ANA, -210, actions)
                .agree(SAM, 245, -40, "Deborah Hill");
        demo.complete(SAM, hills, actions.get(0), 235);
        demo.complete(LEE, hills, actions.get(1), 190);
        demo.complete(ANA, hills, actions.get(3), 205);
        demo.fact(LEE, deborah, 190, new CaseNoteWritten("Repayment plan of £20 a week agreed; notice withdrawn."));
        demo.fact(KIM, deborah, 150, new ParentingProgrammeStarted("Triple P"));
        demo.review(SAM, hills, 120, "Deborah feels safer; therapy waiting list still long. Jamie settled.", -40);
        demo.fact(KIM, deborah, 80, new ParentingProgrammeCompleted("Triple P"));

        demo.handOver(
                SAM,
                hills,
                LEE.userId(),
                "Safety and school are in a good place. What remains is mostly housing and money: Lee knows the family"
                        + " and the repayment plan. Deborah prefers texts before visits.",
                60);
        demo.fact(
                LEE,
                deborah,
                30,
                new CaseNoteWritten("First visit as lead professional. Deborah asked about moving nearer her sister."));
        routineVisits(
                SAM,
                deborah,
                255,
                14,
                "Safety plan reviewed; locks changed and the doorbell camera works.",
                "Deborah says she is sleeping better; Jamie walked to school on his own.",
                "Talked through the repayment plan and the food bank voucher.");
        routineVisits(KIM, deborah, 240, 28, "Health visitor contact: mood improving, therapy appointment confirmed.");
        routineVisits(
                LEE, deborah, 55, 14, "Repayment on track; talked about a transfer to a two-bed nearer her sister.");
        routineVisits(ANA, jamie, 250, 30, "School check: Jamie's attendance this month above 90%.");
        // Deborah's consent runs out in twelve days: Lee, her lead professional, is asked to renew it.
        demo.consent(
                SAM,
                deborah,
                ConsentGiver.THE_PERSON,
                null,
                Set.of(LEE.agency(), KIM.agency(), ANA.agency()),
                EnumSet.of(
                        InformationCategory.IDENTITY,
                        InformationCategory.SAFEGUARDING,
                        InformationCategory.HOUSING,
                        InformationCategory.HEALTH,
                        InformationCategory.CASE_NOTE),
                255,
                12,
                ConsentEvidence.SIGNED_FORM,
                "Deborah asked that her address is never shared with Gary.");
        ConsentId garys = demo.consent(
                SAM,
                gary,
                ConsentGiver.THE_PERSON,
                null,
                Set.of(LEE.agency(), KIM.agency()),
                EnumSet.of(InformationCategory.OFFENDING, InformationCategory.HOUSING),
                240,
                120,
                ConsentEvidence.VERBAL_WITH_WITNESS,
                "Given at the police station, the custody sergeant witnessing.");
        demo.withdraw(SAM, gary, garys, 200, "Gary no longer agrees to agencies sharing his records.");
        // The night Jamie went missing: the officer could not reach the team and opened his record.
        demo.brokeGlass(
                RAY,
                jamie,
                OverrideReason.CHILD_AT_RISK,
                "Called to the house at 02:00: Jamie had not come home. I needed his school, health and early help"
                        + " contacts to find him.",
                Set.of(SAM.agency(), ANA.agency(), KIM.agency()),
                170,
                CHRIS,
                "Justified: a missing child at night, and the team could not be reached. Jamie was found at his"
                        + " aunt's by 04:30.");
        // The neighbourhood officer is not on the team: he asks, and the lead professional (now Lee) decides.
        demo.askToJoin(
                RAY,
                hills,
                "Neighbourhood officer",
                "101 ext 4411",
                "I attended the domestic abuse incident at the family's home; Gary has bail conditions and I would"
                        + " like to coordinate visits with the team.",
                3);
    }

    private void okaforFamily() {
        Address home = new Address("9 Weston Grove Road", null, "Southampton", "SO19 9EE", null);
        PersonId james = demo.person(
                ANA,
                details(
                        "James",
                        "Okafor",
                        LocalDate.of(2010, 9, 14),
                        SexOrGender.MALE,
                        home,
                        PersonIdentifiers.none()));
        PersonId grace = demo.person(
                ANA,
                details(
                        "Grace",
                        "Okafor",
                        LocalDate.of(1979, 3, 2),
                        SexOrGender.FEMALE,
                        home,
                        PersonIdentifiers.none()));
        FamilyId okafors = demo.family(ANA, "Okafor family");
        demo.member(ANA, okafors, grace, Relationship.PARENT, 5000);
        demo.member(ANA, okafors, james, Relationship.CHILD, 5000);

        demo.fact(ANA, james, 200, new TermAttendanceRecorded(academicYear(demo.ago(200)), Term.SPRING, 120, 6, 34));
        demo.fact(ANA, james, 110, new TermAttendanceRecorded(academicYear(demo.ago(110)), Term.SUMMER, 110, 4, 41));
        demo.fact(ANA, james, 90, new ExcludedFromSchool(ExclusionType.PERMANENT, null));
        demo.fact(RAY, james, 75, new OffenceProven("Shoplifting", demo.ago(80), Disposal.YOUTH_CAUTION));
        demo.fact(RAY, james, 40, new AntiSocialBehaviourReported("Group causing alarm at Woolston shops after dark"));
        demo.fact(LEE, grace, 35, new EvictionNoticeServed());

        ReferralId referral = demo.refer(
                ANA,
                okafors,
                "James, 15, permanently excluded and now offending; his mother works nights and is facing eviction.",
                Set.of(RiskFactor.YOUTH_CRIME, RiskFactor.SCHOOL_ABSENCE_OR_EXCLUSION, RiskFactor.HOUSING_AT_RISK),
                30);
        demo.accept(
                MO, okafors, referral, member(ANA, "Education welfare officer", "ana.silva@southampton.example"), 25);
        // Nobody leads the case, so nobody can add the neighbourhood officer, who records his own visits.
        demo.fact(ANA, grace, 10, new ContactUnanswered(ContactMethod.PHONE));
        demo.fact(ANA, grace, 7, new ContactUnanswered(ContactMethod.HOME_VISIT));
        demo.fact(
                ANA,
                grace,
                5,
                new CaseNoteWritten(
                        "Two unanswered contacts: an unanswered door should mean redoubling our efforts. Asked the manager"
                                + " to allocate a lead professional."));
        routineVisits(RAY, james, 35, 7, "Seen with the same group near the shops; spoke to James about his caution.");
    }

    private void marshFamily() {
        Address home = new Address("41 Portswood Road", null, "Southampton", "SO17 2ES", null);
        PersonId tony = demo.person(
                JO,
                details(
                        "Tony",
                        "Marsh",
                        LocalDate.of(1990, 6, 27),
                        SexOrGender.MALE,
                        home,
                        new PersonIdentifiers(null, NationalInsuranceNumber.parse("JM 44 87 12 D"), null)));
        PersonId lisa = demo.person(
                JO,
                details(
                        "Lisa",
                        "Brennan",
                        LocalDate.of(1992, 12, 1),
                        SexOrGender.FEMALE,
                        home,
                        PersonIdentifiers.none()));

        demo.fact(JO, tony, 360, new ReleasedFromCustody("HMP Winchester", true));
        demo.fact(
                JO,
                tony,
                360,
                new SupervisionStarted(SupervisionType.LICENCE, demo.ago(360).plusMonths(18)));
        demo.fact(JO, tony, 355, new OffenderCohortJoined(OffenderCohort.INTEGRATED_OFFENDER_MANAGEMENT));
        demo.fact(DEE, tony, 355, new AttachedToWorkProgramme("Seetec Pluss"));
        FactId treatment = demo.fact(KIM, tony, 340, new TreatmentStarted(Substance.DRUGS, true));
        demo.fact(JO, tony, 300, new CaseNoteWritten("Kept every appointment this month; negative tests."));
        demo.fact(KIM, tony, 150, new TreatmentExited(TreatmentExit.COMPLETED_DRUG_FREE, treatment.value()));
        demo.fact(DEE, tony, 120, new JobStarted("Portswood Builders Merchants", 37));

        FamilyId marshes = demo.family(JO, "Marsh household");
        demo.member(JO, marshes, tony, Relationship.PARENT, 350);
        demo.member(JO, marshes, lisa, Relationship.PARTNER, 350);
        ReferralId referral = demo.refer(
                JO,
                marshes,
                "Tony is on licence under IOM; Lisa is pregnant and they want support as a family.",
                Set.of(RiskFactor.PARENT_IN_CUSTODY, RiskFactor.SUBSTANCE_MISUSE),
                340);
        demo.accept(
                MO, marshes, referral, member(JO, "Probation practitioner (IOM)", "jo.carter@probation.example"), 335);
        demo.appointLead(MO, marshes, JO.userId(), 330);
        demo.join(JO, marshes, member(KIM, "Drug and alcohol worker", "kim.osei@solent.example"), 330);
        demo.join(JO, marshes, member(DEE, "Work coach", "0300 200 0001"), 330);
        demo.assess(
                JO,
                marshes,
                325,
                new int[] {1, 0, 3, 3, 3, 1, 2},
                "Stable relationship; baby due in spring.",
                "No children of school age.",
                "On licence after a burglary sentence; IOM cohort.",
                "Out of work since release; attached to the Work Programme.",
                "In drug treatment; wants to stay clean for the baby.",
                "Private rented flat, tenancy in Lisa's name.",
                "Universal Credit only; some debt to family.");
        List<ActionId> actions = new ArrayList<>();
        demo.plan(marshes)
                .goal(NeedDomain.OFFENDING, "Complete the licence without recall")
                .action("Weekly IOM appointments", JO, 150, actions)
                .goal(NeedDomain.HEALTH, "Stay drug free")
                .action("Complete treatment programme", KIM, -160, actions)
                .goal(NeedDomain.WORK, "Into work before the baby arrives")
                .action("CV and CSCS card", DEE, -250, actions)
                .agree(JO, 320, 30, "Tony Marsh and Lisa Brennan");
        demo.complete(KIM, marshes, actions.get(1), 150);
        demo.complete(DEE, marshes, actions.get(2), 260);
        demo.review(
                JO, marshes, 100, "Treatment completed, in work, no further offending. Licence ends next year.", 30);
        routineVisits(
                JO,
                tony,
                350,
                14,
                "IOM appointment kept; drug test negative.",
                "Talked about the baby and about staying away from old friends.",
                "Reporting on time; no police intelligence of concern.");
        routineVisits(KIM, tony, 335, 21, "Key work session at the treatment service; script reduced.");
        routineVisits(JO, lisa, 300, 60, "Met Lisa at home with Tony: pregnancy going well, midwife involved.");
        // Explicit consent for his treatment records, given under the lasting power of attorney his mother holds.
        demo.consent(
                JO,
                tony,
                ConsentGiver.ATTORNEY,
                "Margaret Marsh (mother, lasting power of attorney for health and welfare)",
                Set.of(JO.agency(), DEE.agency()),
                EnumSet.of(
                        InformationCategory.HEALTH,
                        InformationCategory.SUBSTANCE_MISUSE,
                        InformationCategory.CASE_NOTE),
                330,
                200,
                ConsentEvidence.SIGNED_FORM,
                "Lasting power of attorney registered with the Office of the Public Guardian; copy seen.");
        // Step-down: with the licence nearly over, early help should lead; it awaits Mo's decision.
        demo.proposeTransfer(
                JO,
                marshes,
                member(SAM, "Family keyworker", "sam.patel@southampton.example"),
                "Tony's licence ends next year and there has been no offending for a year; what the family needs now"
                        + " is support with the baby and with work, which early help can lead.",
                4);
    }

    private void sharonPrice() {
        PersonId sharon = demo.person(
                DEE,
                details(
                        "Sharon",
                        "Price",
                        LocalDate.of(1975, 8, 8),
                        SexOrGender.FEMALE,
                        new Address("7 Lordswood Close", null, "Southampton", "SO16 8DA", null),
                        new PersonIdentifiers(null, NationalInsuranceNumber.parse("PR 11 22 33 A"), null)));
        demo.fact(DEE, sharon, 1400, new BenefitClaimStarted(Benefit.ESA_WORK_RELATED_ACTIVITY_GROUP));
        demo.fact(DEE, sharon, 400, new AttachedToWorkProgramme("Seetec Pluss"));
        demo.fact(
                DEE, sharon, 300, new TrainingStarted(TrainingKind.VOLUNTEERING, "Charity shop, two mornings a week"));
        demo.fact(LEE, sharon, 280, new TenancyStarted(Tenure.HOUSING_ASSOCIATION));
        demo.fact(DEE, sharon, 200, new JobStarted("Lordshill Community Cafe", 16));
        demo.fact(
                DEE,
                sharon,
                198,
                new BenefitClaimEnded(Benefit.ESA_WORK_RELATED_ACTIVITY_GROUP, ClaimEndReason.FOUND_WORK));
        demo.fact(DEE, sharon, 20, new CaseNoteWritten("Six months in work: Work Programme job outcome achieved."));
        routineVisits(DEE, sharon, 390, 30, "Work Programme review: applications made and interview practice done.");
    }

    /**
     * Two people whose names sound alike, known to housing only: searching for "Smyth" finds the Smith too
     * (after the exact match), as a misheard name on the phone would.
     */
    private void smithAndSmyth() {
        demo.person(
                LEE,
                details(
                        "Jonathan",
                        "Smith",
                        LocalDate.of(1979, 3, 14),
                        SexOrGender.MALE,
                        new Address("12 Bitterne Road West", null, "Southampton", "SO18 1AR", null),
                        PersonIdentifiers.none()));
        demo.person(
                LEE,
                details(
                        "Joanne",
                        "Smyth",
                        LocalDate.of(1981, 9, 2),
                        SexOrGender.FEMALE,
                        new Address("3 Peartree Avenue", null, "Southampton", "SO19 7JN", null),
                        PersonIdentifiers.none()));
    }

    /** Regular contact: a note every {@code everyDays} from {@code fromDaysAgo} until today, cycling through the notes. */
    private void routineVisits(
            uk.joinedup.caseservice.agency.Actor by, PersonId person, int fromDaysAgo, int everyDays, String... notes) {
        int note = 0;
        for (int daysAgo = fromDaysAgo; daysAgo > 0; daysAgo -= everyDays) {
            demo.fact(by, person, daysAgo, new CaseNoteWritten(notes[note++ % notes.length]));
        }
    }

    private static PersonDetails details(
            String given, String family, LocalDate born, SexOrGender sex, Address address, PersonIdentifiers ids) {
        return new PersonDetails(new PersonName(given, family), born, sex, address, ids);
    }

    private static String academicYear(LocalDate date) {
        int start = date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
        return start + "/" + String.format("%02d", (start + 1) % 100);
    }
}
