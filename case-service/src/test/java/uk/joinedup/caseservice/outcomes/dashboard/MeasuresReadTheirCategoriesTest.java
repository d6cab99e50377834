package uk.joinedup.caseservice.outcomes.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.catalogue.AttainmentRecorded;
import uk.joinedup.caseservice.catalogue.Benefit;
import uk.joinedup.caseservice.catalogue.BenefitClaimEnded;
import uk.joinedup.caseservice.catalogue.BenefitClaimStarted;
import uk.joinedup.caseservice.catalogue.ClaimEndReason;
import uk.joinedup.caseservice.catalogue.Disposal;
import uk.joinedup.caseservice.catalogue.ExcludedFromSchool;
import uk.joinedup.caseservice.catalogue.ExclusionType;
import uk.joinedup.caseservice.catalogue.ExpectedStandard;
import uk.joinedup.caseservice.catalogue.FactKind;
import uk.joinedup.caseservice.catalogue.JobEnded;
import uk.joinedup.caseservice.catalogue.JobStarted;
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
import uk.joinedup.caseservice.outcomes.facts.DatedFact;
import uk.joinedup.caseservice.outcomes.indicators.Measure;
import uk.joinedup.caseservice.outcomes.indicators.PersonFacts;
import uk.joinedup.caseservice.outcomes.overview.Quarter;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonId;

/**
 * Each measure's figures depend on the facts of the categories it says it reads ({@link Measure#reads}), and
 * on no others: over generated people (a seeded {@link Random}), taking away every fact of a category changes
 * some quarter's figure of each measure that reads it, and no figure of any measure that does not. So the
 * dashboard's "facts withheld" count for a measure names exactly the categories that could have changed it.
 */
class MeasuresReadTheirCategoriesTest {

    private static final LocalDate FIRST = LocalDate.of(2022, 1, 1);
    private static final int DAYS = 4 * 365;
    private static final int PEOPLE = 1500;
    private static final List<Quarter> QUARTERS = new Quarter(2024, 1).through(new Quarter(2025, 4));

    @Test
    void aMeasureChangesWithTheCategoriesItReadsAndNoOthers() {
        List<PersonFacts> people = generate(new Random(20261203));
        List<QuarterMeasures.Results> all = figures(people);
        Set<InformationCategory> categories = EnumSet.noneOf(InformationCategory.class);
        for (Measure measure : Measure.values()) {
            categories.addAll(measure.reads());
        }

        for (InformationCategory category : categories) {
            List<QuarterMeasures.Results> without = figures(without(people, category));
            for (Measure measure : Measure.values()) {
                boolean changed = false;
                for (int quarter = 0; quarter < QUARTERS.size(); quarter++) {
                    changed |= !figure(all.get(quarter), measure).equals(figure(without.get(quarter), measure));
                }
                assertThat(changed)
                        .as("%s changes without the facts of %s", measure, category)
                        .isEqualTo(measure.reads().contains(category));
            }
        }
    }

    private static List<QuarterMeasures.Results> figures(List<PersonFacts> people) {
        return QUARTERS.stream()
                .map(quarter -> QuarterMeasures.of(people, quarter))
                .toList();
    }

    /** The people counted in the denominator and the numerator (sessions, for attendance). */
    private static List<Object> figure(QuarterMeasures.Results results, Measure measure) {
        if (measure == Measure.ATTENDANCE) {
            return List.of(
                    results.attendance().sessionsAttended(),
                    results.attendance().sessionsPossible());
        }
        return List.of(
                results.byMeasure().get(measure).denominatorPeople(),
                results.byMeasure().get(measure).numeratorPeople());
    }

    private static List<PersonFacts> without(List<PersonFacts> people, InformationCategory category) {
        return people.stream()
                .map(person -> new PersonFacts(
                        person.person(),
                        person.dateOfBirth(),
                        person.facts().stream()
                                .filter(fact -> fact.fact()
                                                .getClass()
                                                .getAnnotation(FactKind.class)
                                                .category()
                                        != category)
                                .toList()))
                .toList();
    }

    /** Adults and children with facts of every kind the indicators read, mixed, many near each other. */
    static List<PersonFacts> generate(Random random) {
        List<PersonFacts> people = new ArrayList<>();
        for (int n = 0; n < PEOPLE; n++) {
            LocalDate born = random.nextBoolean()
                    ? LocalDate.of(2006, 1, 1).plusDays(random.nextInt(16 * 365))
                    : LocalDate.of(1965, 1, 1).plusDays(random.nextInt(35 * 365));
            List<DatedFact<?>> facts = new ArrayList<>();
            int count = 2 + random.nextInt(16);
            for (int i = 0; i < count; i++) {
                LocalDate on = FIRST.plusDays(random.nextInt(DAYS));
                facts.add(new DatedFact<>(new FactId("p" + n + "-" + i), on, fact(random, on, facts)));
            }
            people.add(new PersonFacts(new PersonId("p" + n), born, facts));
        }
        return people;
    }

    private static AgencyFact fact(Random random, LocalDate on, List<DatedFact<?>> earlier) {
        return switch (random.nextInt(16)) {
            case 0 -> new ReleasedFromCustody(null, random.nextBoolean());
            case 1 -> new OffenceProven("Offence", on.minusDays(random.nextInt(400)), pick(random, Disposal.values()));
            case 2 -> new JobStarted(null, 1 + random.nextInt(40));
            case 3 -> new JobEnded(null);
            case 4 -> new BenefitClaimStarted(pick(random, Benefit.values()), null);
            case 5 -> new BenefitClaimEnded(pick(random, Benefit.values()), ClaimEndReason.OTHER);
            case 6 -> new TreatmentStarted(Substance.ALCOHOL, random.nextInt(4) > 0);
            case 7 ->
                new TreatmentExited(
                        pick(random, TreatmentExit.values()),
                        earlier.isEmpty()
                                ? "none"
                                : earlier.get(random.nextInt(earlier.size()))
                                        .id()
                                        .value());
            case 8 -> new ReturnedToTreatment(Substance.DRUGS);
            case 9, 10 -> {
                int possible = 100 + random.nextInt(100);
                yield new TermAttendanceRecorded(
                        pick(random, new String[] {"2023/24", "2024/25", "2025/26"}),
                        pick(random, Term.values()),
                        possible,
                        random.nextInt(possible / 5),
                        random.nextInt(possible / 5));
            }
            case 11 -> new ExcludedFromSchool(ExclusionType.FIXED_TERM, 1 + random.nextInt(5));
            case 12 ->
                random.nextBoolean()
                        ? AttainmentRecorded.keyStage2(
                                pick(random, ExpectedStandard.values()),
                                ExpectedStandard.MET,
                                ExpectedStandard.MET,
                                random.nextBoolean())
                        : AttainmentRecorded.keyStage4(
                                1 + random.nextInt(9), 1 + random.nextInt(9), random.nextBoolean());
            case 13, 14 -> new ParentRecorded("parent" + random.nextInt(3), random.nextInt(4) > 0);
            default -> new ParentsSeparated("parent0", "parent" + (1 + random.nextInt(2)));
        };
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
