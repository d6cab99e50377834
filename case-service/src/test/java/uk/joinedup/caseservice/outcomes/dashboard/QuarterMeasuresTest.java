package uk.joinedup.caseservice.outcomes.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.catalogue.Disposal;
import uk.joinedup.caseservice.catalogue.ExcludedFromSchool;
import uk.joinedup.caseservice.catalogue.ExclusionType;
import uk.joinedup.caseservice.catalogue.OffenceProven;
import uk.joinedup.caseservice.catalogue.ReleasedFromCustody;
import uk.joinedup.caseservice.catalogue.Term;
import uk.joinedup.caseservice.catalogue.TermAttendanceRecorded;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;
import uk.joinedup.caseservice.outcomes.indicators.Measure;
import uk.joinedup.caseservice.outcomes.indicators.PersonFacts;
import uk.joinedup.caseservice.outcomes.indicators.SchoolTerm;
import uk.joinedup.caseservice.outcomes.overview.Quarter;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonId;

/** One quarter's measures: as at its last day, except re-offending, which is followed up with every fact known. */
class QuarterMeasuresTest {

    private static final Quarter Q3_2025 = new Quarter(2025, 3);

    @Test
    void takesTheThreeSchoolTermsToTheQuartersEnd() {
        assertThat(QuarterMeasures.termsTo(new Quarter(2026, 1)))
                .containsExactly(
                        new SchoolTerm("2024/25", Term.SUMMER),
                        new SchoolTerm("2025/26", Term.AUTUMN),
                        new SchoolTerm("2025/26", Term.SPRING));
        assertThat(QuarterMeasures.termsTo(new Quarter(2026, 2)))
                .containsExactly(
                        new SchoolTerm("2025/26", Term.AUTUMN),
                        new SchoolTerm("2025/26", Term.SPRING),
                        new SchoolTerm("2025/26", Term.SUMMER));
        assertThat(QuarterMeasures.termsTo(new Quarter(2026, 3)))
                .as("the autumn term has only begun in September")
                .isEqualTo(QuarterMeasures.termsTo(new Quarter(2026, 2)));
        assertThat(QuarterMeasures.termsTo(new Quarter(2026, 4)))
                .containsExactly(
                        new SchoolTerm("2025/26", Term.SPRING),
                        new SchoolTerm("2025/26", Term.SUMMER),
                        new SchoolTerm("2026/27", Term.AUTUMN));
        assertThat(QuarterMeasures.termsTo(new Quarter(2000, 1)).get(0).academicYear())
                .isEqualTo("1998/99");
    }

    @Test
    void saysWhenAQuartersFigureIsComplete() {
        assertThat(QuarterMeasures.completeBy(Measure.ADULT_NOT_REOFFENDED, Q3_2025))
                .isEqualTo(LocalDate.of(2027, 3, 30));
        assertThat(QuarterMeasures.completeBy(Measure.ADULT_IN_WORK, Q3_2025)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(QuarterMeasures.completeBy(Measure.EXCLUDED, Q3_2025)).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void takesFactsAsAtTheQuartersEndButFollowsUpReoffendingWithEveryFactKnown() {
        PersonFacts adult = new PersonFacts(
                new PersonId("adult"),
                LocalDate.of(1980, 1, 1),
                List.of(
                        fact("release", LocalDate.of(2025, 7, 10), new ReleasedFromCustody(null, true)),
                        fact(
                                "again",
                                LocalDate.of(2026, 1, 20),
                                new OffenceProven("Theft", LocalDate.of(2025, 12, 1), Disposal.CONVICTION_COMMUNITY))));
        PersonFacts child = new PersonFacts(
                new PersonId("child"),
                LocalDate.of(2014, 5, 1),
                List.of(
                        fact("in-q3", LocalDate.of(2025, 9, 30), new ExcludedFromSchool(ExclusionType.FIXED_TERM, 2)),
                        fact("in-q4", LocalDate.of(2025, 10, 1), new ExcludedFromSchool(ExclusionType.FIXED_TERM, 1)),
                        fact(
                                "summer",
                                LocalDate.of(2025, 7, 20),
                                new TermAttendanceRecorded("2024/25", Term.SUMMER, 100, 5, 20)),
                        fact(
                                "late",
                                LocalDate.of(2025, 10, 2),
                                new TermAttendanceRecorded("2024/25", Term.SPRING, 100, 0, 0))));

        QuarterMeasures.Results results = QuarterMeasures.of(List.of(adult, child), Q3_2025);

        assertThat(results.byMeasure().get(Measure.ADULT_NOT_REOFFENDED).denominatorCount())
                .isEqualTo(1);
        assertThat(results.byMeasure().get(Measure.ADULT_NOT_REOFFENDED).numeratorCount())
                .as("the re-offence proven after the quarter counts")
                .isZero();
        assertThat(results.byMeasure().get(Measure.EXCLUDED).numerator())
                .singleElement()
                .satisfies(excluded -> assertThat(excluded.evidence())
                        .extracting(FactId::value)
                        .containsExactly("summer", "in-q3"));
        assertThat(results.attendance().sessionsPossible())
                .as("the spring record came after the quarter's end")
                .isEqualTo(100);
        assertThat(results.byMeasure()
                        .get(Measure.UNAUTHORISED_ABSENCE_15_PERCENT)
                        .numeratorCount())
                .isEqualTo(1);
    }

    private static DatedFact<?> fact(String id, LocalDate on, uk.joinedup.caseservice.catalogue.AgencyFact fact) {
        return new DatedFact<>(new FactId(id), on, fact);
    }
}
