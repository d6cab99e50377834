package uk.joinedup.caseservice.retention.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.InformationCategory.CASE_NOTE;
import static uk.joinedup.caseservice.agency.InformationCategory.FAMILY;
import static uk.joinedup.caseservice.agency.InformationCategory.HEALTH;
import static uk.joinedup.caseservice.agency.InformationCategory.HOUSING;
import static uk.joinedup.caseservice.agency.InformationCategory.IDENTITY;
import static uk.joinedup.caseservice.agency.InformationCategory.OFFENDING;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.retention.schedules.Records;
import uk.joinedup.caseservice.retention.schedules.RetentionSchedule;
import uk.joinedup.caseservice.retention.schedules.Trigger;
import uk.joinedup.caseservice.retention.schedules.WhenOverlapping;

class RetentionEvaluationTest {

    static final Set<InformationCategory> EVERY = Set.of(InformationCategory.values());

    static final RetentionSchedule FAMILY_CASE =
            schedule("early-help-family-case", Records.FAMILY_CASE, EVERY, Trigger.CASE_CLOSED, 6, false);
    static final RetentionSchedule CHILD =
            schedule("child-records", Records.CHILD, EVERY, Trigger.DATE_OF_BIRTH, 25, false);
    static final RetentionSchedule ADULT_IN_CASE =
            schedule("adult-in-a-family-case", Records.ADULT, EVERY, Trigger.CASE_CLOSED, 6, true);
    static final RetentionSchedule ADULT_FACTS = schedule(
            "adult-agency-facts", Records.ADULT, Set.of(IDENTITY, FAMILY, OFFENDING), Trigger.LAST_FACT, 6, true);
    static final RetentionSchedule ADULT_HEALTH =
            schedule("adult-health", Records.ADULT, Set.of(HEALTH), Trigger.LAST_FACT, 8, true);

    final RetentionEvaluation evaluation =
            new RetentionEvaluation(List.of(ADULT_FACTS, ADULT_HEALTH, ADULT_IN_CASE, CHILD, FAMILY_CASE));

    @Test
    void aClosedFamilyCaseEndsSixYearsAfterItClosed() {
        Retention retention = evaluation.evaluate(
                Records.FAMILY_CASE,
                new SubjectDates(
                        Optional.empty(),
                        Cases.closedOn(day("2019-07-31")),
                        Map.of(CASE_NOTE, day("2019-07-01"), FAMILY, day("2018-01-01"))));

        Ends.On ends = new Ends.On(day("2025-07-31"), FAMILY_CASE);
        assertThat(retention.records()).isEqualTo(Records.FAMILY_CASE);
        assertThat(retention.categories())
                .containsExactly(new CategoryRetention(FAMILY, ends), new CategoryRetention(CASE_NOTE, ends));
        assertThat(retention.overall()).isEqualTo(ends);
    }

    @Test
    void nothingEndsWhileACaseIsOpen() {
        Retention retention = evaluation.evaluate(
                Records.FAMILY_CASE,
                new SubjectDates(Optional.empty(), Cases.oneOpen(), Map.of(FAMILY, day("2001-01-01"))));

        assertThat(retention.categories()).containsExactly(new CategoryRetention(FAMILY, new Ends.WhileCaseOpen()));
        assertThat(retention.overall()).isEqualTo(new Ends.WhileCaseOpen());
    }

    @Test
    void aReopenedCaseIsOpenEvenThoughItClosedBefore() {
        Retention retention = evaluation.evaluate(
                Records.ADULT,
                new SubjectDates(
                        Optional.of(day("1980-01-01")),
                        new Cases(true, Optional.of(day("2001-01-01"))),
                        Map.of(HEALTH, day("2001-01-01"))));

        assertThat(retention.overall()).isEqualTo(new Ends.WhileCaseOpen());
    }

    @Test
    void aFamilyWhoseCaseNeverClosedAndIsNotOpenIsUndecided() {
        Retention retention = evaluation.evaluate(
                Records.FAMILY_CASE, new SubjectDates(Optional.empty(), Cases.NONE, Map.of(FAMILY, day("2001-01-01"))));

        assertThat(retention.overall())
                .isEqualTo(new Ends.Undecided(
                        "no schedule covering an early-help family case in FAMILY has started: the case has not"
                                + " closed"));
    }

    @Test
    void aChildsRecordsEndOnTheir25thBirthdayWhateverTheFactsAndTheCase() {
        Retention retention = evaluation.evaluate(
                Records.CHILD,
                new SubjectDates(
                        Optional.of(day("2004-02-29")),
                        Cases.closedOn(day("2030-01-01")),
                        Map.of(OFFENDING, day("2020-05-05"), IDENTITY, day("2010-01-01"))));

        Ends.On ends = new Ends.On(day("2029-03-01"), CHILD);
        assertThat(retention.categories())
                .containsExactly(new CategoryRetention(IDENTITY, ends), new CategoryRetention(OFFENDING, ends));
        assertThat(retention.overall()).isEqualTo(ends);
    }

    @Test
    void aChildWithNoKnownDateOfBirthIsUndecided() {
        Retention retention = evaluation.evaluate(
                Records.CHILD, new SubjectDates(Optional.empty(), Cases.NONE, Map.of(IDENTITY, day("2010-01-01"))));

        assertThat(retention.overall())
                .isEqualTo(new Ends.Undecided(
                        "the date of birth is not known, and child-records keeps the records until the 25th birthday"));
    }

    @Test
    void anAdultsCategoriesEndByTheirOwnTriggersAndOverallOnTheLatest() {
        Retention retention = evaluation.evaluate(
                Records.ADULT,
                new SubjectDates(
                        Optional.of(day("1970-01-01")),
                        Cases.NONE,
                        Map.of(IDENTITY, day("2012-03-01"), OFFENDING, day("2015-06-30"), HEALTH, day("2014-02-01"))));

        assertThat(retention.categories())
                .containsExactly(
                        new CategoryRetention(IDENTITY, new Ends.On(day("2018-03-01"), ADULT_FACTS)),
                        new CategoryRetention(OFFENDING, new Ends.On(day("2021-06-30"), ADULT_FACTS)),
                        new CategoryRetention(HEALTH, new Ends.On(day("2022-02-01"), ADULT_HEALTH)));
        assertThat(retention.overall()).isEqualTo(new Ends.On(day("2022-02-01"), ADULT_HEALTH));
    }

    @Test
    void overlappingSchedulesKeepTheRecordsUntilTheLaterDay() {
        Retention later = evaluation.evaluate(
                Records.ADULT,
                new SubjectDates(
                        Optional.empty(), Cases.closedOn(day("2016-01-01")), Map.of(OFFENDING, day("2015-06-30"))));
        Retention earlier = evaluation.evaluate(
                Records.ADULT,
                new SubjectDates(
                        Optional.empty(), Cases.closedOn(day("2015-06-29")), Map.of(OFFENDING, day("2015-06-30"))));
        Retention sameDay = evaluation.evaluate(
                Records.ADULT,
                new SubjectDates(
                        Optional.empty(), Cases.closedOn(day("2015-06-30")), Map.of(OFFENDING, day("2015-06-30"))));

        assertThat(later.overall()).isEqualTo(new Ends.On(day("2022-01-01"), ADULT_IN_CASE));
        assertThat(earlier.overall()).isEqualTo(new Ends.On(day("2021-06-30"), ADULT_FACTS));
        assertThat(sameDay.overall()).isEqualTo(new Ends.On(day("2021-06-30"), ADULT_FACTS));
    }

    @Test
    void aCategoryNoScheduleCoversIsUndecidedAndSoIsTheWhole() {
        Retention retention = new RetentionEvaluation(List.of(ADULT_FACTS, FAMILY_CASE))
                .evaluate(
                        Records.ADULT,
                        new SubjectDates(
                                Optional.empty(),
                                Cases.NONE,
                                Map.of(IDENTITY, day("2010-01-01"), HOUSING, day("2010-01-01"))));

        Ends.Undecided undecided = new Ends.Undecided("no schedule covers an adult's records in HOUSING");
        assertThat(retention.categories())
                .containsExactly(
                        new CategoryRetention(IDENTITY, new Ends.On(day("2016-01-01"), ADULT_FACTS)),
                        new CategoryRetention(HOUSING, undecided));
        assertThat(retention.overall()).isEqualTo(undecided);
    }

    @Test
    void nothingHeldIsUndecided() {
        Retention retention =
                evaluation.evaluate(Records.ADULT, new SubjectDates(Optional.empty(), Cases.NONE, Map.of()));

        assertThat(retention.categories()).isEmpty();
        assertThat(retention.overall()).isEqualTo(new Ends.Undecided("no records are held"));
    }

    @Test
    void theOverallDayIsTheLatestWhicheverCategoryComesFirst() {
        Retention retention = evaluation.evaluate(
                Records.ADULT,
                new SubjectDates(
                        Optional.empty(),
                        Cases.NONE,
                        Map.of(IDENTITY, day("2016-01-01"), FAMILY, day("2012-01-01"), OFFENDING, day("2012-01-01"))));

        assertThat(retention.overall()).isEqualTo(new Ends.On(day("2022-01-01"), ADULT_FACTS));
    }

    @ParameterizedTest
    @CsvSource({
        "2000-05-10, 2018-05-09, CHILD",
        "2000-05-10, 2018-05-10, ADULT",
        "2000-05-10, 2010-01-01, CHILD",
        "2000-02-29, 2018-02-28, CHILD",
        "2000-02-29, 2018-03-01, ADULT",
    })
    void aPersonsRecordsAreAChildsIfOpenedBeforeTheir18thBirthday(LocalDate born, LocalDate opened, Records records) {
        assertThat(RetentionEvaluation.personsRecords(Optional.of(born), opened))
                .isEqualTo(records);
    }

    @Test
    void aPersonWithNoKnownDateOfBirthHasAnAdultsRecords() {
        assertThat(RetentionEvaluation.personsRecords(Optional.empty(), day("2010-01-01")))
                .isEqualTo(Records.ADULT);
    }

    static RetentionSchedule schedule(
            String id,
            Records records,
            Set<InformationCategory> categories,
            Trigger trigger,
            int years,
            boolean longest) {
        return new RetentionSchedule(
                id,
                id,
                records,
                categories,
                trigger,
                Period.ofYears(years),
                "basis of " + id,
                longest ? Optional.of(WhenOverlapping.LONGEST) : Optional.empty());
    }

    static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
