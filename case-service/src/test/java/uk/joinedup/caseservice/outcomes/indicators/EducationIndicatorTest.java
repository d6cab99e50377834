package uk.joinedup.caseservice.outcomes.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.outcomes.indicators.Someone.born;
import static uk.joinedup.caseservice.outcomes.indicators.Someone.fact;
import static uk.joinedup.caseservice.outcomes.indicators.Someone.id;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.catalogue.ExcludedFromSchool;
import uk.joinedup.caseservice.catalogue.ExclusionType;
import uk.joinedup.caseservice.catalogue.Term;
import uk.joinedup.caseservice.catalogue.TermAttendanceRecorded;

/** Absence over the three terms of 2024/25 and exclusions in that school year. */
class EducationIndicatorTest {

    private static final List<SchoolTerm> TERMS = List.of(
            new SchoolTerm("2024/25", Term.AUTUMN),
            new SchoolTerm("2024/25", Term.SPRING),
            new SchoolTerm("2024/25", Term.SUMMER));
    private static final DateRange SCHOOL_YEAR = new DateRange(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31));
    private static final LocalDate BORN = LocalDate.of(2012, 3, 3);

    @Test
    void fifteenPointZeroPercentUnauthorisedAbsenceCountsFourteenPointNineDoesNot() {
        // 69 of 460 sessions is 15.0%; 70 of 470 is 14.89%, shown as 14.9%
        Someone fifteen = attended("amy", 160, 23, 150, 23, 150, 23);
        Someone fourteenNine = attended("ben", 160, 24, 160, 23, 150, 23);

        MeasureResult unauthorised = measures(fifteen, fourteenNine).get(1);

        assertThat(unauthorised.measure()).isEqualTo(Measure.UNAUTHORISED_ABSENCE_15_PERCENT);
        assertThat(unauthorised.denominatorCount()).isEqualTo(2);
        assertThat(unauthorised.numerator())
                .containsExactly(new Counted(id("amy"), List.of(fact("amy-1"), fact("amy-2"), fact("amy-3"))));
    }

    @Test
    void persistentAbsenceIsTenPercentOrMoreMissedAuthorisedOrNot() {
        Someone tenPercent = born("cal", BORN)
                .had(LocalDate.of(2024, 12, 20), attendance(Term.AUTUMN, 150, 10, 5))
                .had(LocalDate.of(2025, 4, 4), attendance(Term.SPRING, 150, 0, 15));
        Someone justUnder = born("dot", BORN)
                .had(LocalDate.of(2024, 12, 20), attendance(Term.AUTUMN, 150, 14, 0))
                .had(LocalDate.of(2025, 4, 4), attendance(Term.SPRING, 151, 15, 0));

        MeasureResult persistent = measures(tenPercent, justUnder).get(0);

        assertThat(persistent.measure()).isEqualTo(Measure.PERSISTENT_ABSENCE);
        assertThat(persistent.numeratorPeople()).containsExactly(id("cal"));
    }

    @Test
    void aTermRecordedAgainCountsOnceAsLastRecordedAndOtherTermsNotAtAll() {
        Someone eli = born("eli", BORN)
                .had(LocalDate.of(2024, 7, 20), new TermAttendanceRecorded("2023/24", Term.SUMMER, 100, 0, 100))
                .had(LocalDate.of(2024, 12, 20), attendance(Term.AUTUMN, 100, 0, 50))
                .had(LocalDate.of(2025, 1, 10), attendance(Term.AUTUMN, 100, 0, 5));

        List<MeasureResult> results = measures(eli);

        assertThat(results.get(0).denominator()).containsExactly(new Counted(id("eli"), List.of(fact("eli-3"))));
        assertThat(results.get(0).numeratorCount()).isZero();
        assertThat(results.get(1).numeratorCount()).isZero();
    }

    @Test
    void exclusionsCountInThePeriodForChildrenAtSchool() {
        Someone fixedTerm = attended("fay", 150, 0, 150, 0, 150, 0)
                .had(LocalDate.of(2024, 10, 1), new ExcludedFromSchool(ExclusionType.FIXED_TERM, 3));
        Someone permanentNoAttendance =
                born("gus", BORN).had(SCHOOL_YEAR.to(), new ExcludedFromSchool(ExclusionType.PERMANENT, null));
        Someone excludedBefore = attended("hal", 150, 0, 150, 0, 150, 0)
                .had(SCHOOL_YEAR.from().minusDays(1), new ExcludedFromSchool(ExclusionType.FIXED_TERM, 1));
        Someone notAtSchool = born("ivy", BORN);

        MeasureResult excluded = measures(fixedTerm, permanentNoAttendance, excludedBefore, notAtSchool)
                .get(2);

        assertThat(excluded.measure()).isEqualTo(Measure.EXCLUDED);
        assertThat(excluded.denominator())
                .as("at school: by their attendance records, or else by their exclusion")
                .containsExactlyInAnyOrder(
                        new Counted(id("fay"), List.of(fact("fay-1"), fact("fay-2"), fact("fay-3"))),
                        new Counted(id("gus"), List.of(fact("gus-1"))),
                        new Counted(id("hal"), List.of(fact("hal-1"), fact("hal-2"), fact("hal-3"))));
        assertThat(excluded.numerator())
                .containsExactlyInAnyOrder(
                        new Counted(id("fay"), List.of(fact("fay-1"), fact("fay-2"), fact("fay-3"), fact("fay-4"))),
                        new Counted(id("gus"), List.of(fact("gus-1"))));
    }

    @Test
    void attendanceAddsUpTheSessionsOfEveryChildAsLastRecorded() {
        Someone amy = attended("amy", 160, 23, 150, 23, 150, 23);
        Someone ben = born("ben", BORN)
                .had(LocalDate.of(2024, 12, 20), attendance(Term.AUTUMN, 100, 10, 50))
                .had(LocalDate.of(2025, 1, 10), attendance(Term.AUTUMN, 100, 10, 5));
        Someone notAtSchool = born("cal", BORN);

        Attendance attendance = Education.attendance(List.of(amy.facts(), ben.facts(), notAtSchool.facts()), TERMS);

        // possible 460 + 100; missed 69 + 15
        assertThat(attendance.sessionsPossible()).isEqualTo(560);
        assertThat(attendance.sessionsAttended()).isEqualTo(476);
        assertThat(attendance.children())
                .containsExactly(
                        new Counted(id("amy"), List.of(fact("amy-1"), fact("amy-2"), fact("amy-3"))),
                        new Counted(id("ben"), List.of(fact("ben-2"))));
    }

    /** A child with the three terms' attendance: sessions possible and unauthorised absences per term. */
    private static Someone attended(
            String name,
            int autumnPossible,
            int autumnUnauthorised,
            int springPossible,
            int springUnauthorised,
            int summerPossible,
            int summerUnauthorised) {
        return born(name, BORN)
                .had(LocalDate.of(2024, 12, 20), attendance(Term.AUTUMN, autumnPossible, 0, autumnUnauthorised))
                .had(LocalDate.of(2025, 4, 4), attendance(Term.SPRING, springPossible, 0, springUnauthorised))
                .had(LocalDate.of(2025, 7, 18), attendance(Term.SUMMER, summerPossible, 0, summerUnauthorised));
    }

    private static TermAttendanceRecorded attendance(Term term, int possible, int authorised, int unauthorised) {
        return new TermAttendanceRecorded("2024/25", term, possible, authorised, unauthorised);
    }

    private static List<MeasureResult> measures(Someone... children) {
        return Education.measures(List.of(children).stream().map(Someone::facts).toList(), TERMS, SCHOOL_YEAR);
    }
}
