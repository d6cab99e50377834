package uk.joinedup.caseservice.outcomes.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.catalogue.Term;

/** "The last three terms" as the scheme files' term dates define them (autumn 1 Sep, spring 1 Jan, summer 15 Apr). */
class SchemeSchoolTermsTest {

    private static final SchoolTermDates DATES =
            new SchoolTermDates(MonthDay.of(9, 1), MonthDay.of(1, 1), MonthDay.of(4, 15));

    @Test
    void everyDayFallsInTheTermThatStartedLastHolidaysIncluded() {
        assertThat(SchoolTerm.containing(LocalDate.of(2012, 8, 31), DATES))
                .isEqualTo(new SchoolTerm(2011, Term.SUMMER));
        assertThat(SchoolTerm.containing(LocalDate.of(2012, 9, 1), DATES)).isEqualTo(new SchoolTerm(2012, Term.AUTUMN));
        assertThat(SchoolTerm.containing(LocalDate.of(2013, 1, 1), DATES)).isEqualTo(new SchoolTerm(2012, Term.SPRING));
        assertThat(SchoolTerm.containing(LocalDate.of(2013, 4, 14), DATES))
                .isEqualTo(new SchoolTerm(2012, Term.SPRING));
        assertThat(SchoolTerm.containing(LocalDate.of(2013, 4, 15), DATES))
                .isEqualTo(new SchoolTerm(2012, Term.SUMMER));
    }

    @Test
    void withASpringTermStartingAfterNewYearTheFirstDaysOfJanuaryAreStillTheAutumnTerm() {
        SchoolTermDates springOnTheSeventh =
                new SchoolTermDates(MonthDay.of(9, 1), MonthDay.of(1, 7), MonthDay.of(4, 15));

        assertThat(SchoolTerm.containing(LocalDate.of(2013, 1, 6), springOnTheSeventh))
                .isEqualTo(new SchoolTerm(2012, Term.AUTUMN));
        assertThat(SchoolTerm.containing(LocalDate.of(2013, 1, 7), springOnTheSeventh))
                .isEqualTo(new SchoolTerm(2012, Term.SPRING));
    }

    @Test
    void theLastThreeTermsAreThoseThatEndedBeforeTheCurrentOne() {
        assertThat(SchoolTerm.lastCompleted(LocalDate.of(2012, 9, 1), 3, DATES))
                .containsExactly(
                        new SchoolTerm(2011, Term.SUMMER),
                        new SchoolTerm(2011, Term.SPRING),
                        new SchoolTerm(2011, Term.AUTUMN));
        assertThat(SchoolTerm.lastCompleted(LocalDate.of(2012, 8, 31), 3, DATES))
                .containsExactly(
                        new SchoolTerm(2011, Term.SPRING),
                        new SchoolTerm(2011, Term.AUTUMN),
                        new SchoolTerm(2010, Term.SUMMER));
    }

    @Test
    void anAttendanceRecordNamesItsTermByAcademicYear() {
        assertThat(SchoolTerm.of("2011/12", Term.SPRING)).isEqualTo(new SchoolTerm(2011, Term.SPRING));
        assertThat(SchoolTerm.of("2011/12", Term.SPRING)).hasToString("spring 2011/12");
        assertThat(new SchoolTerm(2008, Term.AUTUMN)).hasToString("autumn 2008/09");
        assertThat(new SchoolTerm(1999, Term.SUMMER)).hasToString("summer 1999/00");
        assertThat(new SchoolTerm(2009, Term.SPRING)).hasToString("spring 2009/10");
    }

    @Test
    void aFinancialYearRunsFromAprilToMarch() {
        assertThat(TroubledFamiliesPayments.financialYear(LocalDate.of(2013, 3, 31)))
                .isEqualTo("2012/13");
        assertThat(TroubledFamiliesPayments.financialYear(LocalDate.of(2013, 4, 1)))
                .isEqualTo("2013/14");
        assertThat(TroubledFamiliesPayments.financialYear(LocalDate.of(1999, 4, 1)))
                .isEqualTo("1999/00");
    }
}
