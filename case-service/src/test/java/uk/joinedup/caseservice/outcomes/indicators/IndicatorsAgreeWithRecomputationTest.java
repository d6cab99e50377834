package uk.joinedup.caseservice.outcomes.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.catalogue.AttainmentRecorded;
import uk.joinedup.caseservice.catalogue.Benefit;
import uk.joinedup.caseservice.catalogue.BenefitClaimEnded;
import uk.joinedup.caseservice.catalogue.BenefitClaimStarted;
import uk.joinedup.caseservice.catalogue.ClaimEndReason;
import uk.joinedup.caseservice.catalogue.Disposal;
import uk.joinedup.caseservice.catalogue.EsaGroup;
import uk.joinedup.caseservice.catalogue.EsaGroupChanged;
import uk.joinedup.caseservice.catalogue.ExcludedFromSchool;
import uk.joinedup.caseservice.catalogue.ExclusionType;
import uk.joinedup.caseservice.catalogue.ExpectedStandard;
import uk.joinedup.caseservice.catalogue.JobEnded;
import uk.joinedup.caseservice.catalogue.JobStarted;
import uk.joinedup.caseservice.catalogue.KeyStage;
import uk.joinedup.caseservice.catalogue.OffenceProven;
import uk.joinedup.caseservice.catalogue.ParentRecorded;
import uk.joinedup.caseservice.catalogue.ParentsSeparated;
import uk.joinedup.caseservice.catalogue.ReleasedFromCustody;
import uk.joinedup.caseservice.catalogue.ReturnedToTreatment;
import uk.joinedup.caseservice.catalogue.Substance;
import uk.joinedup.caseservice.catalogue.Term;
import uk.joinedup.caseservice.catalogue.TermAttendanceRecorded;
import uk.joinedup.caseservice.catalogue.TreatmentExit;
import uk.joinedup.caseservice.catalogue.TreatmentExited;
import uk.joinedup.caseservice.catalogue.TreatmentStarted;
import uk.joinedup.caseservice.catalogue.UniversalCreditRegime;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonId;

/**
 * Each indicator over generated people (a seeded {@link Random}: a failure names its seed) agrees with a
 * recomputation written the plain way from the raw facts: day by day for time on benefit and jobs held,
 * straight loops elsewhere. The recomputation shares no code with the indicators.
 */
class IndicatorsAgreeWithRecomputationTest {

    private static final LocalDate FIRST = LocalDate.of(2020, 6, 1);
    private static final int DAYS = 5 * 365;
    private static final LocalDate ON = LocalDate.of(2025, 3, 31);
    private static final DateRange COHORT_PERIOD = new DateRange(LocalDate.of(2022, 4, 1), LocalDate.of(2023, 3, 31));
    private static final int PEOPLE = 1000;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {13, 2012, 20261202})
    void reoffendingAgrees(long seed) {
        List<PersonFacts> people = generate(seed);

        List<MeasureResult> adults = ReOffending.adults(people, COHORT_PERIOD);
        MeasureResult youth = ReOffending.youth(people, COHORT_PERIOD);

        Set<PersonId> adultCohort = new HashSet<>();
        Set<PersonId> notReoffended = new HashSet<>();
        Set<PersonId> inWork = new HashSet<>();
        Set<PersonId> youthCohort = new HashSet<>();
        Set<PersonId> youthReoffended = new HashSet<>();
        for (PersonFacts person : people) {
            DatedFact<?> entry = null;
            for (DatedFact<?> fact : person.facts()) {
                boolean entering = fact.fact() instanceof ReleasedFromCustody
                        || (fact.fact() instanceof OffenceProven proven
                                && proven.disposal() != Disposal.CONVICTION_CUSTODIAL);
                if (entering && COHORT_PERIOD.contains(fact.occurredOn())) {
                    entry = fact;
                    break;
                }
            }
            if (entry == null) {
                continue;
            }
            LocalDate start = entry.occurredOn();
            boolean adult = !person.dateOfBirth().plusYears(18).isAfter(start);
            boolean reoffended = false;
            for (DatedFact<?> fact : person.facts()) {
                if (fact != entry
                        && fact.fact() instanceof OffenceProven proven
                        && proven.offenceDate().isAfter(start)
                        && !proven.offenceDate().isAfter(start.plusYears(1))
                        && !fact.occurredOn().isAfter(start.plusYears(1).plusMonths(6))) {
                    reoffended = true;
                }
            }
            if (adult) {
                adultCohort.add(person.person());
                if (!reoffended) {
                    notReoffended.add(person.person());
                }
                if (jobsHeld(person, start.plusYears(1)) > 0) {
                    inWork.add(person.person());
                }
            } else {
                youthCohort.add(person.person());
                if (reoffended) {
                    youthReoffended.add(person.person());
                }
            }
        }

        assertAgrees(adults.get(0), adultCohort, notReoffended);
        assertAgrees(adults.get(1), adultCohort, inWork);
        assertAgrees(youth, youthCohort, youthReoffended);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {13, 2012, 20261202})
    void treatmentAgrees(long seed) {
        List<PersonFacts> people = generate(seed);

        List<MeasureResult> results = DrugAndAlcoholTreatment.measures(people, ON);

        Set<PersonId> cohort = new HashSet<>();
        Set<PersonId> completed = new HashSet<>();
        Set<PersonId> employed = new HashSet<>();
        Set<PersonId> notConvicted = new HashSet<>();
        Set<PersonId> allThree = new HashSet<>();
        for (PersonFacts person : people) {
            LocalDate entered = null;
            DatedFact<?> lastExit = null;
            for (DatedFact<?> fact : person.facts()) {
                if (entered == null
                        && fact.fact() instanceof TreatmentStarted start
                        && Boolean.TRUE.equals(start.firstTreatment())
                        && fact.occurredOn().isAfter(ON.minusYears(3))
                        && !fact.occurredOn().isAfter(ON)) {
                    entered = fact.occurredOn();
                }
                if (fact.fact() instanceof TreatmentExited && !fact.occurredOn().isAfter(ON)) {
                    lastExit = fact;
                }
            }
            if (entered == null) {
                continue;
            }
            cohort.add(person.person());
            boolean done = false;
            if (lastExit != null && ((TreatmentExited) lastExit.fact()).exit().successful()) {
                done = true;
                String endedStart = ((TreatmentExited) lastExit.fact()).start();
                for (DatedFact<?> fact : person.facts()) {
                    boolean start =
                            fact.fact() instanceof TreatmentStarted || fact.fact() instanceof ReturnedToTreatment;
                    if (start
                            && !fact.id().value().equals(endedStart)
                            && !fact.occurredOn().isBefore(lastExit.occurredOn())
                            && !fact.occurredOn().isAfter(ON)) {
                        done = false;
                    }
                }
            }
            boolean working = jobsHeld(person, ON) > 0;
            boolean convicted = false;
            for (DatedFact<?> fact : person.facts()) {
                if (fact.fact() instanceof OffenceProven proven
                        && proven.disposal().name().startsWith("CONVICTION_")
                        && !fact.occurredOn().isBefore(entered)
                        && !fact.occurredOn().isAfter(ON)) {
                    convicted = true;
                }
            }
            addIf(done, completed, person);
            addIf(working, employed, person);
            addIf(!convicted, notConvicted, person);
            addIf(done && working && !convicted, allThree, person);
        }

        assertAgrees(results.get(0), cohort, completed);
        assertAgrees(results.get(1), cohort, employed);
        assertAgrees(results.get(2), cohort, notConvicted);
        assertAgrees(results.get(3), cohort, allThree);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {13, 2012, 20261202})
    void worklessnessAgrees(long seed) {
        List<PersonFacts> people = generate(seed);

        MeasureResult result = EntrenchedWorklessness.measure(people, ON);

        Set<PersonId> claimants = new HashSet<>();
        Set<PersonId> entrenched = new HashSet<>();
        for (PersonFacts person : people) {
            boolean current = claimsOn(person, ON).values().stream().anyMatch(claim -> claim.workRelated());
            if (!current) {
                continue;
            }
            claimants.add(person.person());
            int days = 0;
            for (LocalDate day = ON.minusYears(4).plusDays(1); !day.isAfter(ON); day = day.plusDays(1)) {
                if (claimsOn(person, day).values().stream().anyMatch(claim -> claim.outOfWork())) {
                    days++;
                }
            }
            int threeYears = 0;
            for (LocalDate day = ON.minusYears(3).plusDays(1); !day.isAfter(ON); day = day.plusDays(1)) {
                threeYears++;
            }
            addIf(days >= threeYears, entrenched, person);
        }

        assertAgrees(result, claimants, entrenched);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {13, 2012, 20261202})
    void educationAgrees(long seed) {
        List<PersonFacts> people = generate(seed);
        List<SchoolTerm> terms = List.of(
                new SchoolTerm("2024/25", Term.AUTUMN),
                new SchoolTerm("2024/25", Term.SPRING),
                new SchoolTerm("2024/25", Term.SUMMER));
        DateRange schoolYear = new DateRange(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31));

        List<MeasureResult> results = Education.measures(people, terms, schoolYear);

        Set<PersonId> withAttendance = new HashSet<>();
        Set<PersonId> persistent = new HashSet<>();
        Set<PersonId> unauthorised = new HashSet<>();
        Set<PersonId> atSchool = new HashSet<>();
        Set<PersonId> excluded = new HashSet<>();
        double allPossible = 0;
        double allMissed = 0;
        for (PersonFacts child : people) {
            Map<Term, TermAttendanceRecorded> lastOfEachTerm = new HashMap<>();
            boolean wasExcluded = false;
            for (DatedFact<?> fact : child.facts()) {
                if (fact.fact() instanceof TermAttendanceRecorded record
                        && record.academicYear().equals("2024/25")) {
                    lastOfEachTerm.put(record.term(), record);
                }
                wasExcluded |= fact.fact() instanceof ExcludedFromSchool && schoolYear.contains(fact.occurredOn());
            }
            double possible = 0;
            double missed = 0;
            double missedWithoutPermission = 0;
            for (TermAttendanceRecorded record : lastOfEachTerm.values()) {
                possible += record.sessionsPossible();
                missed += record.authorisedAbsences() + record.unauthorisedAbsences();
                missedWithoutPermission += record.unauthorisedAbsences();
            }
            allPossible += possible;
            allMissed += missed;
            if (!lastOfEachTerm.isEmpty()) {
                withAttendance.add(child.person());
                addIf(missed / possible >= 0.10, persistent, child);
                addIf(missedWithoutPermission / possible >= 0.15, unauthorised, child);
            }
            addIf(!lastOfEachTerm.isEmpty() || wasExcluded, atSchool, child);
            addIf(wasExcluded, excluded, child);
        }

        assertAgrees(results.get(0), withAttendance, persistent);
        assertAgrees(results.get(1), withAttendance, unauthorised);
        assertAgrees(results.get(2), atSchool, excluded);
        Attendance attendance = Education.attendance(people, terms);
        assertThat((double) attendance.sessionsPossible()).isEqualTo(allPossible);
        assertThat((double) attendance.sessionsAttended()).isEqualTo(allPossible - allMissed);
        assertThat(attendance.children())
                .extracting(Counted::person)
                .containsExactlyInAnyOrderElementsOf(withAttendance);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {13, 2012, 20261202})
    void attainmentAgrees(long seed) {
        List<PersonFacts> people = generate(seed);
        LocalDate on = LocalDate.of(2024, 8, 31);

        List<MeasureResult> results = Attainment.measures(people, on);

        int measure = 0;
        for (KeyStage keyStage : KeyStage.values()) {
            for (boolean freeSchoolMeals : new boolean[] {true, false}) {
                Set<PersonId> withResults = new HashSet<>();
                Set<PersonId> reached = new HashSet<>();
                for (PersonFacts child : people) {
                    AttainmentRecorded latest = null;
                    for (DatedFact<?> fact : child.facts()) {
                        if (fact.fact() instanceof AttainmentRecorded result
                                && result.keyStage() == keyStage
                                && fact.occurredOn().isAfter(on.minusYears(1))
                                && !fact.occurredOn().isAfter(on)) {
                            latest = result;
                        }
                    }
                    if (latest != null && latest.freeSchoolMeals() == freeSchoolMeals) {
                        withResults.add(child.person());
                        boolean met = keyStage == KeyStage.KEY_STAGE_2
                                ? latest.reading() == ExpectedStandard.MET
                                        && latest.writing() == ExpectedStandard.MET
                                        && latest.maths() == ExpectedStandard.MET
                                : Math.min(latest.englishGrade(), latest.mathsGrade()) > 3;
                        addIf(met, reached, child);
                    }
                }
                assertAgrees(results.get(measure++), withResults, reached);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {13, 2012, 20261202})
    void familyStabilityAgrees(long seed) {
        List<PersonFacts> people = generate(seed);
        LocalDate on = LocalDate.of(2024, 9, 1);

        MeasureResult result = FamilyStability.measure(people, on);

        Set<PersonId> children = new HashSet<>();
        Set<PersonId> together = new HashSet<>();
        for (PersonFacts child : people) {
            int age = on.getYear() - child.dateOfBirth().getYear();
            if (child.dateOfBirth().plusYears(age).isAfter(on)) {
                age--;
            }
            Set<String> birthParents = new HashSet<>();
            for (DatedFact<?> fact : child.facts()) {
                if (fact.fact() instanceof ParentRecorded parent && parent.birthParent()) {
                    birthParents.add(parent.parent());
                }
            }
            if ((age != 5 && age != 11 && age != 16) || birthParents.isEmpty()) {
                continue;
            }
            children.add(child.person());
            boolean separated = false;
            for (DatedFact<?> fact : child.facts()) {
                if (fact.fact() instanceof ParentsSeparated separation
                        && !fact.occurredOn().isAfter(on)
                        && birthParents.contains(separation.firstParent())
                        && birthParents.contains(separation.secondParent())) {
                    separated = true;
                }
            }
            addIf(birthParents.size() == 2 && !separated, together, child);
        }

        assertAgrees(result, children, together);
    }

    /** A claim open on a day, as replayed from the facts up to that day. */
    private record OpenClaim(Benefit benefit, UniversalCreditRegime regime, EsaGroup group) {

        boolean workRelated() {
            return switch (benefit) {
                case JOBSEEKERS_ALLOWANCE, INCOME_SUPPORT_LONE_PARENT -> true;
                case ESA_SUPPORT_GROUP, ESA_WORK_RELATED_ACTIVITY_GROUP ->
                    group == EsaGroup.WORK_RELATED_ACTIVITY_GROUP;
                case UNIVERSAL_CREDIT ->
                    regime == UniversalCreditRegime.SEARCHING_FOR_WORK
                            || regime == UniversalCreditRegime.PLANNING_FOR_WORK
                            || regime == UniversalCreditRegime.PREPARING_FOR_WORK;
                default -> false;
            };
        }

        boolean outOfWork() {
            if (benefit == Benefit.UNIVERSAL_CREDIT) {
                return regime != null
                        && regime != UniversalCreditRegime.WORKING_WITH_REQUIREMENTS
                        && regime != UniversalCreditRegime.WORKING_NO_REQUIREMENTS;
            }
            return benefit != Benefit.OTHER;
        }
    }

    private static Map<String, OpenClaim> claimsOn(PersonFacts person, LocalDate day) {
        Map<String, OpenClaim> open = new HashMap<>();
        for (DatedFact<?> fact : person.facts()) {
            if (fact.occurredOn().isAfter(day)) {
                break;
            }
            if (fact.fact() instanceof BenefitClaimStarted start) {
                open.putIfAbsent(
                        key(start.benefit()),
                        new OpenClaim(
                                start.benefit(),
                                start.universalCreditRegime(),
                                start.benefit().esaGroup()));
            } else if (fact.fact() instanceof BenefitClaimEnded end) {
                open.remove(key(end.benefit()));
            } else if (fact.fact() instanceof EsaGroupChanged change && open.containsKey("ESA")) {
                OpenClaim esa = open.get("ESA");
                open.put("ESA", new OpenClaim(esa.benefit(), null, change.group()));
            }
        }
        return open;
    }

    private static String key(Benefit benefit) {
        return benefit.name().startsWith("ESA_") ? "ESA" : benefit.name();
    }

    private static int jobsHeld(PersonFacts person, LocalDate day) {
        int held = 0;
        for (DatedFact<?> fact : person.facts()) {
            if (fact.occurredOn().isAfter(day)) {
                break;
            }
            if (fact.fact() instanceof JobStarted) {
                held++;
            } else if (fact.fact() instanceof JobEnded) {
                held = Math.max(0, held - 1);
            }
        }
        return held;
    }

    private static void addIf(boolean condition, Set<PersonId> people, PersonFacts person) {
        if (condition) {
            people.add(person.person());
        }
    }

    private static void assertAgrees(MeasureResult result, Set<PersonId> denominator, Set<PersonId> numerator) {
        assertThat(result.denominatorPeople())
                .as(result.measure() + " denominator")
                .isEqualTo(denominator);
        assertThat(result.numeratorPeople()).as(result.measure() + " numerator").isEqualTo(numerator);
        assertThat(result.denominatorCount()).as("each person once").isEqualTo(denominator.size());
        assertThat(numerator)
                .as(result.measure() + ": the generated people exercise both outcomes")
                .isNotEmpty()
                .hasSizeLessThan(denominator.size());
    }

    /** People with facts of the kinds the indicators read, dated mid-2020 to mid-2025, many near the windows' edges. */
    private static List<PersonFacts> generate(long seed) {
        Random random = new Random(seed);
        List<PersonFacts> people = new ArrayList<>();
        for (int n = 0; n < PEOPLE; n++) {
            String name = "p" + n;
            int theme = random.nextInt(THEMES.length);
            int[] kinds = THEMES[theme];
            LocalDate born = theme == CHILDREN
                    ? LocalDate.of(2008, 1, 1).plusDays(random.nextInt(13 * 365))
                    : LocalDate.of(1960, 1, 1).plusDays(random.nextInt(48 * 365));
            List<DatedFact<?>> facts = new ArrayList<>();
            int count = random.nextInt(14);
            for (int i = 0; i < count; i++) {
                LocalDate on = FIRST.plusDays(random.nextInt(DAYS));
                AgencyFact fact = fact(
                        random.nextInt(3) == 0 ? random.nextInt(12) : kinds[random.nextInt(kinds.length)],
                        random,
                        on,
                        facts);
                facts.add(new DatedFact<>(new FactId(name + "-" + i), on, fact));
            }
            people.add(new PersonFacts(new PersonId(name), born, facts));
        }
        return people;
    }

    /** Kinds of fact (as numbered in {@link #fact}) that come together: offending, benefits, treatment. */
    private static final int[][] THEMES = {
        {0, 1, 2, 3, 4}, {3, 4, 5, 6, 7, 8}, {1, 3, 9, 10, 10, 11}, {12, 12, 12, 13, 14, 14, 14, 15, 16, 16}
    };

    /** Key stage 2 subjects mostly met, so that some children meet all three. */
    private static final ExpectedStandard[] MOSTLY_MET = {
        ExpectedStandard.MET, ExpectedStandard.MET, ExpectedStandard.MET, ExpectedStandard.NOT_MET
    };

    /** The theme of children: school and parents. */
    private static final int CHILDREN = 3;

    private static AgencyFact fact(int kind, Random random, LocalDate on, List<DatedFact<?>> earlier) {
        return switch (kind) {
            case 0 -> new ReleasedFromCustody(null, random.nextBoolean());
            case 1, 2 ->
                new OffenceProven("Offence", on.minusDays(random.nextInt(500)), pick(random, Disposal.values()));
            case 3 -> new JobStarted(null, random.nextInt(40));
            case 4 -> new JobEnded(null);
            case 5, 6 -> {
                Benefit benefit = pick(random, Benefit.values());
                yield new BenefitClaimStarted(
                        benefit,
                        benefit == Benefit.UNIVERSAL_CREDIT && random.nextInt(6) > 0
                                ? pick(random, UniversalCreditRegime.values())
                                : null);
            }
            case 7 -> new BenefitClaimEnded(pick(random, Benefit.values()), ClaimEndReason.OTHER);
            case 8 -> new EsaGroupChanged(pick(random, EsaGroup.values()));
            case 9 -> new TreatmentStarted(Substance.ALCOHOL, pick(random, new Boolean[] {true, true, false, null}));
            case 10 ->
                new TreatmentExited(
                        pick(random, TreatmentExit.values()),
                        earlier.isEmpty()
                                ? "none"
                                : pick(random, earlier.toArray(DatedFact<?>[]::new))
                                        .id()
                                        .value());
            case 11 -> new ReturnedToTreatment(Substance.DRUGS);
            case 12 -> {
                int possible = 1 + random.nextInt(200);
                int authorised = random.nextInt(possible / 4 + 1);
                yield new TermAttendanceRecorded(
                        random.nextInt(4) == 0 ? "2023/24" : "2024/25",
                        pick(random, Term.values()),
                        possible,
                        authorised,
                        random.nextInt(Math.min(possible - authorised, possible / 4) + 1));
            }
            case 13 -> new ExcludedFromSchool(ExclusionType.FIXED_TERM, 1 + random.nextInt(5));
            case 14 -> new ParentRecorded("parent" + random.nextInt(3), random.nextInt(4) > 0);
            case 15 -> new ParentsSeparated("parent0", "parent" + (1 + random.nextInt(2)));
            default ->
                random.nextBoolean()
                        ? AttainmentRecorded.keyStage2(
                                pick(random, MOSTLY_MET),
                                pick(random, MOSTLY_MET),
                                pick(random, MOSTLY_MET),
                                random.nextBoolean())
                        : AttainmentRecorded.keyStage4(
                                1 + random.nextInt(9), 1 + random.nextInt(9), random.nextBoolean());
        };
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
