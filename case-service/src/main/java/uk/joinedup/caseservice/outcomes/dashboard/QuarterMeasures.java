package uk.joinedup.caseservice.outcomes.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.catalogue.AttainmentRecorded;
import uk.joinedup.caseservice.catalogue.BenefitClaimStarted;
import uk.joinedup.caseservice.catalogue.ExcludedFromSchool;
import uk.joinedup.caseservice.catalogue.OffenceProven;
import uk.joinedup.caseservice.catalogue.ParentRecorded;
import uk.joinedup.caseservice.catalogue.ReleasedFromCustody;
import uk.joinedup.caseservice.catalogue.Term;
import uk.joinedup.caseservice.catalogue.TermAttendanceRecorded;
import uk.joinedup.caseservice.catalogue.TreatmentStarted;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;
import uk.joinedup.caseservice.outcomes.indicators.Attainment;
import uk.joinedup.caseservice.outcomes.indicators.Attendance;
import uk.joinedup.caseservice.outcomes.indicators.DateRange;
import uk.joinedup.caseservice.outcomes.indicators.DrugAndAlcoholTreatment;
import uk.joinedup.caseservice.outcomes.indicators.Education;
import uk.joinedup.caseservice.outcomes.indicators.EntrenchedWorklessness;
import uk.joinedup.caseservice.outcomes.indicators.FamilyStability;
import uk.joinedup.caseservice.outcomes.indicators.Measure;
import uk.joinedup.caseservice.outcomes.indicators.MeasureResult;
import uk.joinedup.caseservice.outcomes.indicators.PersonFacts;
import uk.joinedup.caseservice.outcomes.indicators.ReOffending;
import uk.joinedup.caseservice.outcomes.indicators.SchoolTerm;
import uk.joinedup.caseservice.outcomes.overview.Quarter;

/**
 * Every measure for one quarter of a caseload, from the pure indicator functions: pure, no storage, no clock.
 *
 * <p>Each measure is taken as at the quarter's last day (the facts that had happened by then), except the
 * re-offending measures, whose cohort is those entering it in the quarter, followed up with every fact known:
 * a follow-up runs 12 months and proof of an offence may come 6 months later, so their figures for a quarter
 * are {@linkplain #completeBy complete} only 18 months after it (in work a year later: 12 months). Education
 * counts the three school terms to the quarter's end ({@link #termsTo}) and exclusions in the quarter;
 * attainment, the results recorded in the twelve months to its end.
 */
final class QuarterMeasures {

    private QuarterMeasures() {}

    /**
     * The figures of one quarter, by measure.
     *
     * @param attendance sessions attended of those possible: not a count of people
     */
    record Results(Quarter quarter, Map<Measure, MeasureResult> byMeasure, Attendance attendance) {

        Results {
            byMeasure = Map.copyOf(byMeasure);
        }
    }

    static Results of(Collection<PersonFacts> known, Quarter quarter) {
        return of(known, List.of(quarter)).get(0);
    }

    /**
     * The figures of each quarter. The people are sorted once into those with a fact of the kinds each
     * indicator starts from (a person without one is counted by none of its measures: no cohort entry, claim,
     * treatment, attendance, exclusion, result or parent recorded), and each indicator then reads only those:
     * most people have facts of one or two themes, so most are not visited by most indicators. The quarters are
     * computed in parallel (pure functions over immutable people), in the order given.
     */
    static List<Results> of(Collection<PersonFacts> known, List<Quarter> quarters) {
        ByKinds people = new ByKinds(known);
        return quarters.parallelStream().map(quarter -> of(people, quarter)).toList();
    }

    private static Results of(ByKinds people, Quarter quarter) {
        LocalDate end = quarter.lastDay();
        DateRange inQuarter = new DateRange(quarter.firstDay(), end);
        List<SchoolTerm> terms = termsTo(quarter);
        List<PersonFacts> atSchool = asAt(people.atSchool, end);
        List<MeasureResult> results = new ArrayList<>(ReOffending.adults(people.offending, inQuarter));
        results.add(ReOffending.youth(people.offending, inQuarter));
        results.addAll(DrugAndAlcoholTreatment.measures(asAt(people.treated, end), end));
        results.add(EntrenchedWorklessness.measure(asAt(people.claimants, end), end));
        results.addAll(Education.measures(atSchool, terms, inQuarter));
        results.addAll(Attainment.measures(asAt(people.withResults, end), end));
        results.add(FamilyStability.measure(asAt(people.withParents, end), end));
        Map<Measure, MeasureResult> byMeasure = new EnumMap<>(Measure.class);
        results.forEach(result -> byMeasure.put(result.measure(), result));
        return new Results(quarter, byMeasure, Education.attendance(atSchool, terms));
    }

    /** One child's attendance over the quarter's terms, as {@link Results#attendance} counts it for everyone. */
    static Attendance attendanceOf(PersonFacts child, Quarter quarter) {
        return Education.attendance(List.of(child.asAt(quarter.lastDay())), termsTo(quarter));
    }

    private static List<PersonFacts> asAt(List<PersonFacts> people, LocalDate day) {
        List<PersonFacts> asAt = new ArrayList<>(people.size());
        people.forEach(person -> asAt.add(person.asAt(day)));
        return asAt;
    }

    /** The people with a fact of the kinds each indicator starts from, in the order given. */
    private static final class ByKinds {

        private final List<PersonFacts> offending = new ArrayList<>();
        private final List<PersonFacts> treated = new ArrayList<>();
        private final List<PersonFacts> claimants = new ArrayList<>();
        private final List<PersonFacts> atSchool = new ArrayList<>();
        private final List<PersonFacts> withResults = new ArrayList<>();
        private final List<PersonFacts> withParents = new ArrayList<>();

        ByKinds(Collection<PersonFacts> known) {
            for (PersonFacts person : known) {
                addIf(person, offending, ReleasedFromCustody.class, OffenceProven.class);
                addIf(person, treated, TreatmentStarted.class);
                addIf(person, claimants, BenefitClaimStarted.class);
                addIf(person, atSchool, TermAttendanceRecorded.class, ExcludedFromSchool.class);
                addIf(person, withResults, AttainmentRecorded.class);
                addIf(person, withParents, ParentRecorded.class);
            }
        }

        @SafeVarargs
        private static void addIf(PersonFacts person, List<PersonFacts> to, Class<? extends AgencyFact>... kinds) {
            for (DatedFact<?> fact : person.facts()) {
                for (Class<? extends AgencyFact> kind : kinds) {
                    if (kind.isInstance(fact.fact())) {
                        to.add(person);
                        return;
                    }
                }
            }
        }
    }

    /**
     * The day from which a quarter's figure of the measure no longer changes with facts yet to come: 18 months
     * after the quarter for re-offending, 12 for being in work a year after entering the cohort; the quarter's
     * last day for the others, taken as at that day.
     */
    static LocalDate completeBy(Measure measure, Quarter quarter) {
        return switch (measure) {
            case ADULT_NOT_REOFFENDED, YOUTH_REOFFENDED -> quarter.lastDay().plusMonths(18);
            case ADULT_IN_WORK -> quarter.lastDay().plusMonths(12);
            default -> quarter.lastDay();
        };
    }

    /**
     * The three school terms to the quarter's end: the term it ends in and the two before it. A quarter ending
     * in September ends in the summer term's holiday: the autumn term has only begun, and its attendance is
     * recorded at its end, so the summer term counts as the last.
     */
    static List<SchoolTerm> termsTo(Quarter quarter) {
        int year = quarter.year();
        SchoolTerm last =
                switch (quarter.number()) {
                    case 1 -> new SchoolTerm(academicYear(year - 1), Term.SPRING);
                    case 2, 3 -> new SchoolTerm(academicYear(year - 1), Term.SUMMER);
                    default -> new SchoolTerm(academicYear(year), Term.AUTUMN);
                };
        List<SchoolTerm> terms = new ArrayList<>();
        SchoolTerm term = last;
        for (int n = 0; n < 3; n++) {
            terms.add(0, term);
            term = before(term);
        }
        return terms;
    }

    /** The academic year starting in September of {@code startYear}, written {@code 2024/25}. */
    private static String academicYear(int startYear) {
        return String.format("%d/%02d", startYear, (startYear + 1) % 100);
    }

    private static SchoolTerm before(SchoolTerm term) {
        int startYear = Integer.parseInt(term.academicYear().substring(0, 4));
        return switch (term.term()) {
            case SUMMER -> new SchoolTerm(term.academicYear(), Term.SPRING);
            case SPRING -> new SchoolTerm(term.academicYear(), Term.AUTUMN);
            case AUTUMN -> new SchoolTerm(academicYear(startYear - 1), Term.SUMMER);
        };
    }
}
