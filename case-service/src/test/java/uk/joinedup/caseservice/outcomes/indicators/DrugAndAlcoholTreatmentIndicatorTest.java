package uk.joinedup.caseservice.outcomes.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.outcomes.indicators.Someone.born;
import static uk.joinedup.caseservice.outcomes.indicators.Someone.fact;
import static uk.joinedup.caseservice.outcomes.indicators.Someone.id;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.catalogue.Disposal;
import uk.joinedup.caseservice.catalogue.TreatmentExit;

/**
 * Treatment outcomes for the period ending 31 March 2025: the cohort first entered treatment from 1 April
 * 2022 to 31 March 2025.
 */
class DrugAndAlcoholTreatmentIndicatorTest {

    private static final LocalDate PERIOD_END = LocalDate.of(2025, 3, 31);
    private static final LocalDate ENTERED = LocalDate.of(2023, 1, 15);
    private static final LocalDate EXITED = LocalDate.of(2024, 6, 30);
    private static final LocalDate BORN = LocalDate.of(1985, 2, 2);

    @Test
    void theCohortIsThoseFirstEnteringTreatmentInTheThreeYearsToThePeriodEnd() {
        Someone firstDay = born("ann", BORN).startedTreatment(LocalDate.of(2022, 4, 1), true);
        Someone dayBefore = born("bob", BORN).startedTreatment(LocalDate.of(2022, 3, 31), true);
        Someone lastDay = born("cat", BORN).startedTreatment(PERIOD_END, true);
        Someone afterTheEnd = born("dan", BORN).startedTreatment(PERIOD_END.plusDays(1), true);
        Someone notTheirFirst = born("eli", BORN).startedTreatment(ENTERED, false);
        Someone firstNotAsked = born("fin", BORN).startedTreatment(ENTERED, null);

        MeasureResult completed = measures(firstDay, dayBefore, lastDay, afterTheEnd, notTheirFirst, firstNotAsked)
                .get(0);

        assertThat(completed.denominator())
                .containsExactlyInAnyOrder(
                        new Counted(id("ann"), List.of(fact("ann-1"))), new Counted(id("cat"), List.of(fact("cat-1"))));
    }

    @Test
    void aSuccessfulExitWithoutReturnCounts() {
        Someone ann = born("ann", BORN)
                .startedTreatment(ENTERED, true)
                .exitedTreatment(EXITED, TreatmentExit.COMPLETED_DRUG_FREE, 1);

        MeasureResult completed = measures(ann).get(0);

        assertThat(completed.measure()).isEqualTo(Measure.TREATMENT_COMPLETED_NOT_RETURNED);
        assertThat(completed.numerator())
                .containsExactly(new Counted(id("ann"), List.of(fact("ann-1"), fact("ann-2"))));
    }

    @Test
    void anEpisodeStartedAndLeftSuccessfullyOnOneDayIsNoReturn() {
        Someone ann = born("ann", BORN)
                .startedTreatment(EXITED, true)
                .exitedTreatment(EXITED, TreatmentExit.COMPLETED_DRUG_FREE, 1);

        assertThat(measures(ann).get(0).numeratorPeople()).containsExactly(id("ann"));
    }

    @Test
    void aReturnTheDayAfterASuccessfulExitIsAReturn() {
        Someone ann = born("ann", BORN)
                .startedTreatment(ENTERED, true)
                .exitedTreatment(EXITED, TreatmentExit.COMPLETED_DRUG_FREE, 1)
                .returnedToTreatment(EXITED.plusDays(1));

        assertThat(measures(ann).get(0).numeratorCount()).isZero();
    }

    @Test
    void aReturnOnTheDayOfTheExitIsAReturn() {
        Someone ann = born("ann", BORN)
                .startedTreatment(ENTERED, true)
                .exitedTreatment(EXITED, TreatmentExit.COMPLETED_ALCOHOL_FREE, 1)
                .returnedToTreatment(EXITED);

        assertThat(measures(ann).get(0).numeratorCount()).isZero();
    }

    @Test
    void aReturnAfterThePeriodEndIsNotYetAReturn() {
        Someone ann = born("ann", BORN)
                .startedTreatment(ENTERED, true)
                .exitedTreatment(EXITED, TreatmentExit.COMPLETED_OCCASIONAL_USER, 1)
                .returnedToTreatment(PERIOD_END.plusDays(1));

        assertThat(measures(ann).get(0).numeratorCount()).isEqualTo(1);
    }

    @Test
    void theLatestExitDecides() {
        Someone droppedOut =
                born("ann", BORN).startedTreatment(ENTERED, true).exitedTreatment(EXITED, TreatmentExit.DROPPED_OUT, 1);
        Someone completedThenDroppedOut = born("bob", BORN)
                .startedTreatment(ENTERED, true)
                .exitedTreatment(EXITED, TreatmentExit.COMPLETED_DRUG_FREE, 1)
                .returnedToTreatment(EXITED.plusMonths(2))
                .exitedTreatment(EXITED.plusMonths(4), TreatmentExit.DROPPED_OUT, 3);
        Someone droppedOutThenCompleted = born("cat", BORN)
                .startedTreatment(ENTERED, true)
                .exitedTreatment(EXITED, TreatmentExit.DROPPED_OUT, 1)
                .returnedToTreatment(EXITED.plusMonths(2))
                .exitedTreatment(EXITED.plusMonths(4), TreatmentExit.COMPLETED_DRUG_FREE, 3);

        assertThat(measures(droppedOut, completedThenDroppedOut, droppedOutThenCompleted)
                        .get(0)
                        .numerator())
                .containsExactly(new Counted(id("cat"), List.of(fact("cat-1"), fact("cat-4"))));
    }

    @Test
    void inEmploymentMeansHoldingAJobOnThePeriodEnd() {
        Someone working = born("ann", BORN).startedTreatment(ENTERED, true).startedJob(PERIOD_END);
        Someone leftOnTheEnd = born("bob", BORN)
                .startedTreatment(ENTERED, true)
                .startedJob(EXITED)
                .leftJob(PERIOD_END);

        MeasureResult employed = measures(working, leftOnTheEnd).get(1);

        assertThat(employed.measure()).isEqualTo(Measure.TREATMENT_IN_EMPLOYMENT);
        assertThat(employed.numerator()).containsExactly(new Counted(id("ann"), List.of(fact("ann-1"), fact("ann-2"))));
    }

    @Test
    void aConvictionBetweenEnteringTreatmentAndThePeriodEndCountsACautionDoesNot() {
        Someone convicted = born("ann", BORN)
                .startedTreatment(ENTERED, true)
                .provenOffence(ENTERED, ENTERED, Disposal.CONVICTION_COMMUNITY);
        Someone cautioned =
                born("bob", BORN).startedTreatment(ENTERED, true).provenOffence(EXITED, EXITED, Disposal.CAUTION);
        Someone convictedBefore = born("cat", BORN)
                .provenOffence(ENTERED.minusDays(2), ENTERED.minusDays(1), Disposal.CONVICTION_CUSTODIAL)
                .startedTreatment(ENTERED, true);
        Someone convictedAfterTheEnd = born("dan", BORN)
                .startedTreatment(ENTERED, true)
                .provenOffence(PERIOD_END, PERIOD_END.plusDays(1), Disposal.CONVICTION_OTHER);

        MeasureResult notConvicted = measures(convicted, cautioned, convictedBefore, convictedAfterTheEnd)
                .get(2);

        assertThat(notConvicted.measure()).isEqualTo(Measure.TREATMENT_NOT_CONVICTED);
        assertThat(notConvicted.denominatorCount()).isEqualTo(4);
        assertThat(notConvicted.numerator())
                .containsExactlyInAnyOrder(
                        new Counted(id("bob"), List.of(fact("bob-1"))),
                        new Counted(id("cat"), List.of(fact("cat-2"))),
                        new Counted(id("dan"), List.of(fact("dan-1"))));
    }

    @Test
    void allThreeNeedsEveryOneOfThem() {
        Someone all = born("ann", BORN)
                .startedTreatment(ENTERED, true)
                .exitedTreatment(EXITED, TreatmentExit.COMPLETED_DRUG_FREE, 1)
                .startedJob(EXITED.plusMonths(1));
        Someone noJob = born("bob", BORN)
                .startedTreatment(ENTERED, true)
                .exitedTreatment(EXITED, TreatmentExit.COMPLETED_DRUG_FREE, 1);
        Someone convicted = born("cat", BORN)
                .startedTreatment(ENTERED, true)
                .exitedTreatment(EXITED, TreatmentExit.COMPLETED_DRUG_FREE, 1)
                .startedJob(EXITED.plusMonths(1))
                .provenOffence(EXITED.plusMonths(2), EXITED.plusMonths(3), Disposal.CONVICTION_OTHER);
        Someone returned = born("dan", BORN)
                .startedTreatment(ENTERED, true)
                .exitedTreatment(EXITED, TreatmentExit.COMPLETED_DRUG_FREE, 1)
                .startedJob(EXITED.plusMonths(1))
                .returnedToTreatment(EXITED.plusDays(1));

        List<MeasureResult> results = measures(all, noJob, convicted, returned);

        assertThat(results).extracting(MeasureResult::numeratorCount).containsExactly(3, 3, 3, 1);
        assertThat(results).extracting(MeasureResult::denominatorCount).containsOnly(4);
        assertThat(results.get(3).measure()).isEqualTo(Measure.TREATMENT_ALL_THREE);
        assertThat(results.get(3).numerator())
                .containsExactly(new Counted(id("ann"), List.of(fact("ann-1"), fact("ann-2"), fact("ann-3"))));
    }

    private static List<MeasureResult> measures(Someone... people) {
        return DrugAndAlcoholTreatment.measures(
                List.of(people).stream().map(Someone::facts).toList(), PERIOD_END);
    }
}
