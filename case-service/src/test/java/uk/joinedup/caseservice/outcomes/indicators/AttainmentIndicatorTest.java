package uk.joinedup.caseservice.outcomes.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.catalogue.ExpectedStandard.MET;
import static uk.joinedup.caseservice.catalogue.ExpectedStandard.NOT_MET;
import static uk.joinedup.caseservice.outcomes.indicators.Someone.born;
import static uk.joinedup.caseservice.outcomes.indicators.Someone.fact;
import static uk.joinedup.caseservice.outcomes.indicators.Someone.id;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.catalogue.AttainmentRecorded;
import uk.joinedup.caseservice.catalogue.KeyStage;

/** Key stage 2 and 4 results in the twelve months to 31 August 2025, for children on free school meals and others. */
class AttainmentIndicatorTest {

    private static final LocalDate ON = LocalDate.of(2025, 8, 31);
    private static final LocalDate RESULTS_DAY = LocalDate.of(2025, 7, 8);
    private static final LocalDate BORN = LocalDate.of(2014, 5, 5);

    @Test
    void keyStage2CountsTheExpectedStandardInAllOfReadingWritingAndMathsApartForFreeSchoolMeals() {
        Someone allMet = born("amy", BORN).had(RESULTS_DAY, AttainmentRecorded.keyStage2(MET, MET, MET, true));
        Someone writingNotMet =
                born("ben", BORN).had(RESULTS_DAY, AttainmentRecorded.keyStage2(MET, NOT_MET, MET, true));
        Someone otherMet = born("cal", BORN).had(RESULTS_DAY, AttainmentRecorded.keyStage2(MET, MET, MET, false));
        Someone noResults = born("dot", BORN);

        List<MeasureResult> results = measures(allMet, writingNotMet, otherMet, noResults);

        MeasureResult freeSchoolMeals = results.get(0);
        assertThat(freeSchoolMeals.measure()).isEqualTo(Measure.KEY_STAGE_2_FREE_SCHOOL_MEALS);
        assertThat(freeSchoolMeals.denominatorPeople()).containsExactlyInAnyOrder(id("amy"), id("ben"));
        assertThat(freeSchoolMeals.numerator()).containsExactly(new Counted(id("amy"), List.of(fact("amy-1"))));
        MeasureResult others = results.get(1);
        assertThat(others.measure()).isEqualTo(Measure.KEY_STAGE_2_OTHER_PUPILS);
        assertThat(others.denominator()).containsExactly(new Counted(id("cal"), List.of(fact("cal-1"))));
        assertThat(others.numeratorPeople()).containsExactly(id("cal"));
        assertThat(results.get(2).denominatorCount()).isZero();
        assertThat(results.get(3).denominatorCount()).isZero();
    }

    @Test
    void keyStage4BasicsAreGrade4OrAboveInBothEnglishAndMaths() {
        Someone fourAndFour = born("eve", BORN).had(RESULTS_DAY, AttainmentRecorded.keyStage4(4, 4, true));
        Someone nineAndThree = born("fay", BORN).had(RESULTS_DAY, AttainmentRecorded.keyStage4(9, 3, true));
        Someone threeAndNine = born("gus", BORN).had(RESULTS_DAY, AttainmentRecorded.keyStage4(3, 9, false));
        Someone fiveAndSeven = born("hal", BORN).had(RESULTS_DAY, AttainmentRecorded.keyStage4(5, 7, false));

        List<MeasureResult> results = measures(fourAndFour, nineAndThree, threeAndNine, fiveAndSeven);

        assertThat(results.get(2).measure()).isEqualTo(Measure.KEY_STAGE_4_FREE_SCHOOL_MEALS);
        assertThat(results.get(2).denominatorPeople()).containsExactlyInAnyOrder(id("eve"), id("fay"));
        assertThat(results.get(2).numeratorPeople()).containsExactly(id("eve"));
        assertThat(results.get(3).measure()).isEqualTo(Measure.KEY_STAGE_4_OTHER_PUPILS);
        assertThat(results.get(3).denominatorPeople()).containsExactlyInAnyOrder(id("gus"), id("hal"));
        assertThat(results.get(3).numeratorPeople()).containsExactly(id("hal"));
        assertThat(results.get(0).denominatorCount()).isZero();
    }

    @Test
    void resultsCountForTwelveMonthsToTheDayMeasuredAndNotADayLonger() {
        Someone yearAgo = born("ivy", BORN).had(ON.minusYears(1), AttainmentRecorded.keyStage2(MET, MET, MET, false));
        Someone yearAgoAndADay =
                born("jon", BORN).had(ON.minusYears(1).plusDays(1), AttainmentRecorded.keyStage2(MET, MET, MET, false));
        Someone onTheDay = born("kim", BORN).had(ON, AttainmentRecorded.keyStage2(MET, MET, MET, false));
        Someone dayAfter = born("lee", BORN).had(ON.plusDays(1), AttainmentRecorded.keyStage2(MET, MET, MET, false));

        MeasureResult others =
                measures(yearAgo, yearAgoAndADay, onTheDay, dayAfter).get(1);

        assertThat(others.denominatorPeople()).containsExactlyInAnyOrder(id("jon"), id("kim"));
    }

    @Test
    void aChildCountsOnceByTheirLatestResultsAndTheFreeSchoolMealsTheyRecord() {
        Someone corrected = born("mia", BORN)
                .had(RESULTS_DAY, AttainmentRecorded.keyStage2(MET, NOT_MET, MET, false))
                .had(RESULTS_DAY.plusDays(3), AttainmentRecorded.keyStage2(MET, MET, MET, true));

        List<MeasureResult> results = measures(corrected);

        assertThat(results.get(0).numerator()).containsExactly(new Counted(id("mia"), List.of(fact("mia-2"))));
        assertThat(results.get(0).denominatorCount()).isEqualTo(1);
        assertThat(results.get(1).denominatorCount()).isZero();
    }

    @Test
    void aRecordMadeBeforeResultsBySubjectCountsByTheOverallStandardItRecorded() {
        Someone metOverall = born("ned", BORN)
                .had(
                        RESULTS_DAY,
                        new AttainmentRecorded(KeyStage.KEY_STAGE_4, null, null, null, null, null, true, true));
        Someone notMetOverall = born("ola", BORN)
                .had(
                        RESULTS_DAY,
                        new AttainmentRecorded(KeyStage.KEY_STAGE_2, null, null, null, null, null, true, false));

        List<MeasureResult> results = measures(metOverall, notMetOverall);

        assertThat(results.get(0).denominatorPeople()).containsExactly(id("ola"));
        assertThat(results.get(0).numeratorCount()).isZero();
        assertThat(results.get(2).numeratorPeople()).containsExactly(id("ned"));
    }

    private static List<MeasureResult> measures(Someone... children) {
        return Attainment.measures(
                List.of(children).stream().map(Someone::facts).toList(), ON);
    }
}
