package uk.joinedup.caseservice.demo;

import static uk.joinedup.caseservice.catalogue.ExpectedStandard.MET;
import static uk.joinedup.caseservice.demo.DemoPractitioners.ANA;
import static uk.joinedup.caseservice.demo.DemoPractitioners.DEE;
import static uk.joinedup.caseservice.demo.DemoPractitioners.JO;
import static uk.joinedup.caseservice.demo.DemoPractitioners.KIM;
import static uk.joinedup.caseservice.demo.DemoPractitioners.LEE;
import static uk.joinedup.caseservice.demo.DemoPractitioners.MO;
import static uk.joinedup.caseservice.demo.DemoPractitioners.RAY;
import static uk.joinedup.caseservice.demo.DemoPractitioners.SAM;
import static uk.joinedup.caseservice.demo.DemoPractitioners.member;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.catalogue.AlternativeProvision;
import uk.joinedup.caseservice.catalogue.AntiSocialBehaviourReported;
import uk.joinedup.caseservice.catalogue.AttachedToEsfProvision;
import uk.joinedup.caseservice.catalogue.AttainmentRecorded;
import uk.joinedup.caseservice.catalogue.Benefit;
import uk.joinedup.caseservice.catalogue.BenefitClaimEnded;
import uk.joinedup.caseservice.catalogue.BenefitClaimStarted;
import uk.joinedup.caseservice.catalogue.ClaimEndReason;
import uk.joinedup.caseservice.catalogue.Disposal;
import uk.joinedup.caseservice.catalogue.DomesticAbuseIncidentReported;
import uk.joinedup.caseservice.catalogue.EvictionNoticeServed;
import uk.joinedup.caseservice.catalogue.ExcludedFromSchool;
import uk.joinedup.caseservice.catalogue.ExclusionType;
import uk.joinedup.caseservice.catalogue.HomelessnessPrevented;
import uk.joinedup.caseservice.catalogue.JobStarted;
import uk.joinedup.caseservice.catalogue.LeftSchoolRoll;
import uk.joinedup.caseservice.catalogue.OffRollReason;
import uk.joinedup.caseservice.catalogue.OffenceProven;
import uk.joinedup.caseservice.catalogue.ParentRecorded;
import uk.joinedup.caseservice.catalogue.PlacedInAlternativeProvision;
import uk.joinedup.caseservice.catalogue.PlacementReason;
import uk.joinedup.caseservice.catalogue.ReferredToMentalHealthService;
import uk.joinedup.caseservice.catalogue.RejoinedSchoolRoll;
import uk.joinedup.caseservice.catalogue.RentArrearsRecorded;
import uk.joinedup.caseservice.catalogue.RiskLevel;
import uk.joinedup.caseservice.catalogue.Substance;
import uk.joinedup.caseservice.catalogue.Term;
import uk.joinedup.caseservice.catalogue.TermAttendanceRecorded;
import uk.joinedup.caseservice.catalogue.TreatmentExit;
import uk.joinedup.caseservice.catalogue.TreatmentExited;
import uk.joinedup.caseservice.catalogue.TreatmentStarted;
import uk.joinedup.caseservice.consent.api.ConsentEvidence;
import uk.joinedup.caseservice.family.api.ActionId;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.NeedDomain;
import uk.joinedup.caseservice.family.api.ReferralId;
import uk.joinedup.caseservice.family.api.Relationship;
import uk.joinedup.caseservice.family.api.RiskFactor;
import uk.joinedup.caseservice.person.api.Address;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.PersonIdentifiers;
import uk.joinedup.caseservice.person.api.PersonName;
import uk.joinedup.caseservice.person.api.SexOrGender;
import uk.joinedup.caseservice.sharing.ConsentGiver;
import uk.joinedup.caseservice.sharing.Purpose;

/**
 * Outcome stories for the managers' dashboard and the payment-by-results schemes, dated (births included)
 * relative to today so that every indicator has people in its recent quarters whatever the day:
 *
 * <ul>
 *   <li>the Coles, a Troubled Families family: Kyle's offending, permanent exclusion and pupil referral unit,
 *       Mia off a school roll when the family joined, Dean on Jobseeker's Allowance, a notice of eviction; since
 *       joining, Dean attached to ESF provision and in work for more than 13 weeks (results (b) and (c)); Tanya
 *       on ESA for over four years (entrenched worklessness);
 *   <li>the Bells, a Supporting Families family: domestic abuse, a mental health referral, rent arrears and
 *       Carl out of work in the year before joining, each need met and sustained six months since; Josh (11)
 *       and Ruby (5) living with both birth parents, Josh persistently absent;
 *   <li>the Doyles: Wayne's shop thefts every two months in work (adult re-offending), Jordan's youth cautions
 *       and conviction (youth re-offending), Lorraine's alcohol treatment completed and not returned, in work;
 *   <li>the Lawsons, whose case opened 420 days ago: what they cost the public purse fell in the year after.
 * </ul>
 */
final class DemoOutcomes {

    private static final Address COLES = new Address("7 Woolston Road", null, "Southampton", "SO19 9AL", null);
    private static final Address BELLS = new Address("22 Shirley High Street", null, "Southampton", "SO15 3NF", null);
    private static final Address LAWSONS = new Address("14 Bitterne Road West", null, "Southampton", "SO18 1AZ", null);
    private static final Address DOYLES = new Address("3 Weston Lane", null, "Southampton", "SO19 9HJ", null);

    /** Every two months back from a month ago: each calendar quarter of the past fifteen months has one. */
    private static final int[] EVERY_TWO_MONTHS = {30, 90, 150, 210, 270, 330, 390, 450};

    private final DemoScript demo;

    DemoOutcomes(DemoScript demo) {
        this.demo = demo;
    }

    void load() {
        coleFamily();
        bellFamily();
        doyleFamily();
        lawsonFamily();
    }

    /**
     * The Lawsons, whose case opened 420 days ago, so that the managers' cost before and after early help has a
     * family to compare: in the year before, Ryan's five anti-social behaviour reports, a youth caution and a
     * fixed-term exclusion, and Karen on Jobseeker's Allowance all year; in the year after, one report, and
     * Karen's claim ending when she found work.
     */
    private void lawsonFamily() {
        PersonId karen = demo.person(SAM, details("Karen", "Lawson", born(39, 200), SexOrGender.FEMALE, LAWSONS));
        PersonId ryan = demo.person(SAM, details("Ryan", "Lawson", born(15, 90), SexOrGender.MALE, LAWSONS));
        demo.fact(DEE, karen, 900, new BenefitClaimStarted(Benefit.JOBSEEKERS_ALLOWANCE));
        for (int daysAgo : new int[] {700, 640, 560, 500, 450}) {
            demo.fact(
                    RAY, ryan, daysAgo, new AntiSocialBehaviourReported("Fireworks thrown at buses on Bitterne Road"));
        }
        demo.fact(RAY, ryan, 480, new OffenceProven("Theft from a shop", demo.ago(490), Disposal.YOUTH_CAUTION));
        demo.fact(ANA, ryan, 520, new ExcludedFromSchool(ExclusionType.FIXED_TERM, 3));

        FamilyId lawsons = demo.family(SAM, "Lawson family");
        demo.member(SAM, lawsons, karen, Relationship.PARENT, 2000);
        demo.member(SAM, lawsons, ryan, Relationship.CHILD, 2000);
        ReferralId referral = demo.refer(
                ANA,
                lawsons,
                "Ryan excluded and cautioned, reported for anti-social behaviour again and again; Karen out of work.",
                Set.of(RiskFactor.YOUTH_CRIME, RiskFactor.SCHOOL_ABSENCE_OR_EXCLUSION, RiskFactor.ADULT_OUT_OF_WORK),
                425);
        demo.accept(MO, lawsons, referral, member(SAM, "Family keyworker", "sam.patel@southampton.example"), 420);
        demo.appointLead(MO, lawsons, SAM.userId(), 418);

        demo.fact(RAY, ryan, 380, new AntiSocialBehaviourReported("Shouting at neighbours late at night"));
        demo.fact(DEE, karen, 250, new JobStarted("Bitterne Co-op", 30));
        demo.fact(DEE, karen, 249, new BenefitClaimEnded(Benefit.JOBSEEKERS_ALLOWANCE, ClaimEndReason.FOUND_WORK));
    }

    /** Joined Troubled Families with the whole-family assessment 280 days ago. */
    private void coleFamily() {
        PersonId dean = demo.person(SAM, details("Dean", "Cole", born(41, 60), SexOrGender.MALE, COLES));
        PersonId tanya = demo.person(SAM, details("Tanya", "Cole", born(38, 150), SexOrGender.FEMALE, COLES));
        PersonId kyle = demo.person(SAM, details("Kyle", "Cole", born(16, 200), SexOrGender.MALE, COLES));
        PersonId mia = demo.person(SAM, details("Mia", "Cole", born(12, 40), SexOrGender.FEMALE, COLES));

        birthParents(kyle, born(16, 200), dean, tanya);
        birthParents(mia, born(12, 40), tanya);
        demo.fact(SAM, mia, daysSince(born(12, 40)), new ParentRecorded(dean.value(), false));

        demo.fact(DEE, tanya, 1600, new BenefitClaimStarted(Benefit.ESA_WORK_RELATED_ACTIVITY_GROUP));
        demo.fact(DEE, dean, 900, new BenefitClaimStarted(Benefit.JOBSEEKERS_ALLOWANCE));
        demo.fact(LEE, tanya, 330, new EvictionNoticeServed());

        for (int daysAgo : new int[] {450, 390, 330, 270, 210}) {
            demo.fact(
                    RAY,
                    kyle,
                    daysAgo,
                    new OffenceProven(
                            "Criminal damage to bus shelters",
                            demo.ago(daysAgo + 14),
                            daysAgo > 330 ? Disposal.YOUTH_CAUTION : Disposal.CONVICTION_COMMUNITY));
        }
        demo.fact(ANA, kyle, 320, new ExcludedFromSchool(ExclusionType.PERMANENT, null));
        demo.fact(
                ANA,
                kyle,
                310,
                new PlacedInAlternativeProvision(AlternativeProvision.PUPIL_REFERRAL_UNIT, PlacementReason.EXCLUDED));
        attendance(kyle, 750, 120, 6, 24);
        demo.fact(ANA, kyle, daysSince(resultsDay()), AttainmentRecorded.keyStage4(4, 4, true));

        demo.fact(ANA, mia, 300, new LeftSchoolRoll(OffRollReason.CHILD_MISSING_EDUCATION));
        demo.fact(ANA, mia, 200, new RejoinedSchoolRoll("Woolston School"));
        attendance(mia, 200, 130, 4, 22);
        demo.fact(ANA, mia, 100, new ExcludedFromSchool(ExclusionType.FIXED_TERM, 2));
        demo.fact(ANA, mia, daysSince(resultsDay()), AttainmentRecorded.keyStage2(MET, MET, MET, true));

        FamilyId coles = demo.family(SAM, "Cole family");
        demo.member(SAM, coles, dean, Relationship.PARENT, 1700);
        demo.member(SAM, coles, tanya, Relationship.PARENT, 1700);
        demo.member(SAM, coles, kyle, Relationship.CHILD, 1700);
        demo.member(SAM, coles, mia, Relationship.CHILD, 1700);
        ReferralId referral = demo.refer(
                ANA,
                coles,
                "Kyle permanently excluded and offending; Mia off the school roll; notice of eviction served.",
                Set.of(
                        RiskFactor.YOUTH_CRIME,
                        RiskFactor.SCHOOL_ABSENCE_OR_EXCLUSION,
                        RiskFactor.ADULT_OUT_OF_WORK,
                        RiskFactor.HOUSING_AT_RISK),
                295);
        demo.accept(MO, coles, referral, member(SAM, "Family keyworker", "sam.patel@southampton.example"), 290);
        demo.appointLead(MO, coles, SAM.userId(), 288);
        demo.join(SAM, coles, member(ANA, "Education welfare officer", "ana.silva@southampton.example"), 285);
        demo.join(SAM, coles, member(DEE, "Troubled Families employment adviser", "0300 200 0001"), 285);
        demo.assess(
                SAM,
                coles,
                280,
                new int[] {2, 3, 3, 3, 1, 3, 2},
                "Tanya and Dean together; Dean is Mia's stepfather.",
                "Kyle permanently excluded, now at the pupil referral unit; Mia off roll since the spring.",
                "Kyle convicted twice this year for criminal damage.",
                "Dean on JSA over two years; Tanya on ESA.",
                "No health concerns raised.",
                "Notice of eviction for rent arrears.",
                "Arrears of two months' rent.");
        List<ActionId> actions = new ArrayList<>();
        demo.plan(coles)
                .goal(NeedDomain.EDUCATION, "Mia back on a school roll; Kyle attending the unit")
                .action("Ana to find Mia a school place", ANA, -90, actions)
                .goal(NeedDomain.WORK, "Dean into work")
                .action("Referral to the ESF families provision", SAM, -60, actions)
                .agree(SAM, 275, 30, "Tanya and Dean Cole");
        demo.complete(ANA, coles, actions.get(0), 200);
        demo.complete(SAM, coles, actions.get(1), 250);

        demo.consent(
                SAM,
                tanya,
                ConsentGiver.THE_PERSON,
                null,
                Set.of(SAM.agency()),
                EnumSet.of(InformationCategory.HOUSING),
                Purpose.OUTCOMES,
                280,
                450,
                ConsentEvidence.SIGNED_FORM,
                "Signed at the assessment, for the programme's results.");

        demo.fact(SAM, dean, 250, new AttachedToEsfProvision("Reed in Partnership"));
        demo.fact(DEE, dean, 200, new JobStarted("Itchen Ferry Boatyard", 37));
        demo.fact(DEE, dean, 199, new BenefitClaimEnded(Benefit.JOBSEEKERS_ALLOWANCE, ClaimEndReason.FOUND_WORK));
    }

    /** Joined Supporting Families with the whole-family assessment 320 days ago. */
    private void bellFamily() {
        PersonId nadia = demo.person(LEE, details("Nadia", "Bell", born(33, 10), SexOrGender.FEMALE, BELLS));
        PersonId carl = demo.person(LEE, details("Carl", "Bell", born(35, 250), SexOrGender.MALE, BELLS));
        PersonId josh = demo.person(LEE, details("Josh", "Bell", born(11, 120), SexOrGender.MALE, BELLS));
        PersonId ruby = demo.person(LEE, details("Ruby", "Bell", born(5, 470), SexOrGender.FEMALE, BELLS));
        birthParents(josh, born(11, 120), nadia, carl);
        birthParents(ruby, born(5, 470), nadia, carl);

        demo.fact(DEE, carl, 420, new BenefitClaimStarted(Benefit.JOBSEEKERS_ALLOWANCE));
        demo.fact(RAY, nadia, 400, new DomesticAbuseIncidentReported(RiskLevel.MEDIUM));
        demo.fact(KIM, nadia, 380, new ReferredToMentalHealthService("Steps to Wellbeing"));
        demo.fact(LEE, nadia, 360, new RentArrearsRecorded(1450));
        attendance(josh, 750, 140, 5, 6);
        demo.fact(ANA, josh, daysSince(resultsDay()), AttainmentRecorded.keyStage2(MET, MET, MET, false));

        FamilyId bells = demo.family(LEE, "Bell family");
        demo.member(LEE, bells, nadia, Relationship.PARENT, 800);
        demo.member(LEE, bells, carl, Relationship.PARENT, 800);
        demo.member(LEE, bells, josh, Relationship.CHILD, 800);
        demo.member(LEE, bells, ruby, Relationship.CHILD, 800);
        ReferralId referral = demo.refer(
                LEE,
                bells,
                "Rent arrears after Carl lost his job; police attended a domestic incident; Nadia referred for"
                        + " anxiety.",
                Set.of(
                        RiskFactor.DOMESTIC_ABUSE,
                        RiskFactor.ADULT_OUT_OF_WORK,
                        RiskFactor.HOUSING_AT_RISK,
                        RiskFactor.MENTAL_HEALTH),
                335);
        demo.accept(MO, bells, referral, member(LEE, "Tenancy support officer", "lee.morgan@southampton.example"), 330);
        demo.appointLead(MO, bells, LEE.userId(), 328);
        demo.join(LEE, bells, member(DEE, "Work coach", "0300 200 0001"), 325);
        demo.join(LEE, bells, member(SAM, "Family keyworker", "sam.patel@southampton.example"), 325);
        for (PersonId parent : List.of(nadia, carl)) {
            demo.consent(
                    LEE,
                    parent,
                    ConsentGiver.THE_PERSON,
                    null,
                    Set.of(SAM.agency(), LEE.agency()),
                    EnumSet.of(
                            InformationCategory.SAFEGUARDING,
                            InformationCategory.HEALTH,
                            InformationCategory.HOUSING,
                            InformationCategory.EMPLOYMENT_AND_BENEFITS),
                    Purpose.OUTCOMES,
                    320,
                    400,
                    ConsentEvidence.SIGNED_FORM,
                    "Signed at the whole-family assessment, for the Supporting Families outcomes.");
        }
        demo.assess(
                LEE,
                bells,
                320,
                new int[] {3, 1, 0, 3, 2, 3, 3},
                "One domestic incident reported; both want to stay together and get help.",
                "Josh misses the odd day, a few without a reason.",
                "No offending.",
                "Carl out of work since the spring.",
                "Nadia referred for anxiety.",
                "Rent arrears of £1,450.",
                "Arrears and a payday loan.");
        List<ActionId> actions = new ArrayList<>();
        demo.plan(bells)
                .goal(NeedDomain.HOUSING, "Arrears cleared and the tenancy safe")
                .action("Apply for a discretionary housing payment", LEE, -40, actions)
                .goal(NeedDomain.WORK, "Carl back in work")
                .action("Weekly work coach sessions", DEE, -80, actions)
                .agree(LEE, 315, 40, "Nadia and Carl Bell");
        demo.complete(LEE, bells, actions.get(0), 290);
        demo.complete(DEE, bells, actions.get(1), 240);

        demo.fact(LEE, nadia, 290, new HomelessnessPrevented("Discretionary housing payment cleared the arrears"));
        demo.fact(DEE, carl, 240, new JobStarted("Shirley Road Motors", 40));
        demo.fact(DEE, carl, 239, new BenefitClaimEnded(Benefit.JOBSEEKERS_ALLOWANCE, ClaimEndReason.FOUND_WORK));
    }

    private void doyleFamily() {
        PersonId wayne = demo.person(JO, details("Wayne", "Doyle", born(34, 90), SexOrGender.MALE, DOYLES));
        PersonId lorraine = demo.person(JO, details("Lorraine", "Doyle", born(36, 20), SexOrGender.FEMALE, DOYLES));
        PersonId jordan = demo.person(JO, details("Jordan", "Doyle", born(16, 150), SexOrGender.MALE, DOYLES));
        birthParents(jordan, born(16, 150), wayne, lorraine);

        demo.fact(DEE, wayne, 600, new JobStarted("Agency warehouse shifts", 0));
        for (int daysAgo : EVERY_TWO_MONTHS) {
            demo.fact(
                    JO,
                    wayne,
                    daysAgo,
                    new OffenceProven("Theft from a shop", demo.ago(daysAgo + 10), Disposal.CONVICTION_COMMUNITY));
        }
        demo.fact(RAY, jordan, 150, new OffenceProven("Shoplifting", demo.ago(160), Disposal.YOUTH_CAUTION));
        demo.fact(RAY, jordan, 90, new OffenceProven("Shoplifting", demo.ago(100), Disposal.YOUTH_CONDITIONAL_CAUTION));
        demo.fact(
                RAY, jordan, 30, new OffenceProven("Theft of a bicycle", demo.ago(40), Disposal.CONVICTION_COMMUNITY));

        FactId treatment = demo.fact(KIM, lorraine, 700, new TreatmentStarted(Substance.ALCOHOL, true));
        demo.fact(KIM, lorraine, 480, new TreatmentExited(TreatmentExit.COMPLETED_ALCOHOL_FREE, treatment.value()));
        demo.fact(DEE, lorraine, 470, new JobStarted("Weston Lane café", 24));

        FamilyId doyles = demo.family(JO, "Doyle family");
        demo.member(JO, doyles, wayne, Relationship.PARENT, 800);
        demo.member(JO, doyles, lorraine, Relationship.PARENT, 800);
        demo.member(JO, doyles, jordan, Relationship.CHILD, 800);
        demo.fact(ANA, jordan, daysSince(resultsDay()), AttainmentRecorded.keyStage4(6, 5, false));
        ReferralId referral = demo.refer(
                JO,
                doyles,
                "Wayne convicted of shop theft again; Jordan cautioned with him.",
                Set.of(RiskFactor.YOUTH_CRIME),
                140);
        demo.accept(MO, doyles, referral, member(JO, "Probation practitioner", "jo.carter@probation.example"), 135);
        demo.appointLead(MO, doyles, JO.userId(), 135);
        demo.join(JO, doyles, member(SAM, "Family keyworker", "sam.patel@southampton.example"), 130);
    }

    /** The child's birth parents, recorded by early help as at the birth. */
    private void birthParents(PersonId child, LocalDate born, PersonId... parents) {
        for (PersonId parent : parents) {
            demo.fact(SAM, child, daysSince(born), new ParentRecorded(parent.value(), true));
        }
    }

    /**
     * A term's attendance for every school term that ended between {@code fromDaysAgo} and yesterday, recorded
     * on its last day (terms start on 1 September, 1 January and 15 April, as the scheme files say).
     */
    private void attendance(PersonId child, int fromDaysAgo, int possible, int authorised, int unauthorised) {
        LocalDate from = demo.ago(fromDaysAgo);
        LocalDate today = demo.ago(0);
        for (int year = from.getYear() - 1; year <= today.getYear(); year++) {
            String academicYear = year + "/" + String.format("%02d", (year + 1) % 100);
            LocalDate[] starts = {
                LocalDate.of(year, 9, 1),
                LocalDate.of(year + 1, 1, 1),
                LocalDate.of(year + 1, 4, 15),
                LocalDate.of(year + 1, 9, 1)
            };
            for (Term term : Term.values()) {
                LocalDate lastDay = starts[term.ordinal() + 1].minusDays(1);
                if (!lastDay.isBefore(from) && lastDay.isBefore(today)) {
                    demo.fact(
                            ANA,
                            child,
                            daysSince(lastDay),
                            new TermAttendanceRecorded(academicYear, term, possible, authorised, unauthorised));
                }
            }
        }
    }

    /**
     * The day the latest key stage 2 and 4 results were recorded: the last 10 July before the current calendar
     * quarter, so that the last complete quarter's figures count them (Year 6 and Year 11 pupils then: Mia and
     * Kyle Cole, Josh Bell, Jordan Doyle).
     */
    private LocalDate resultsDay() {
        LocalDate today = demo.ago(0);
        LocalDate lastQuarterEnd = today.withMonth(
                        today.getMonth().firstMonthOfQuarter().getValue())
                .withDayOfMonth(1)
                .minusDays(1);
        LocalDate thatYear = LocalDate.of(lastQuarterEnd.getYear(), 7, 10);
        return thatYear.isAfter(lastQuarterEnd) ? thatYear.minusYears(1) : thatYear;
    }

    /** A date of birth {@code years} and {@code days} before today. */
    private LocalDate born(int years, int days) {
        return demo.ago(days).minusYears(years);
    }

    private int daysSince(LocalDate day) {
        return (int) ChronoUnit.DAYS.between(day, demo.ago(0));
    }

    private static PersonDetails details(String given, String family, LocalDate born, SexOrGender sex, Address home) {
        return new PersonDetails(new PersonName(given, family), born, sex, home, PersonIdentifiers.none());
    }
}
