package uk.joinedup.caseservice.outcomes.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.outcomes.indicators.Someone.born;
import static uk.joinedup.caseservice.outcomes.indicators.Someone.fact;
import static uk.joinedup.caseservice.outcomes.indicators.Someone.id;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.catalogue.Disposal;

/**
 * Re-offending for adults and under-18s, on the window edges. The cohort period is April 2024 to March 2025;
 * most people enter on 10 May 2024, so their follow-up year (365 days: no 29 February in it) ends on
 * 10 May 2025 (day 365) and proof may come until 10 November 2025.
 */
class ReOffendingIndicatorTest {

    private static final DateRange COHORT_PERIOD = new DateRange(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));
    private static final LocalDate START = LocalDate.of(2024, 5, 10);
    private static final LocalDate DAY_365 = LocalDate.of(2025, 5, 10);
    private static final LocalDate DAY_366 = LocalDate.of(2025, 5, 11);
    private static final LocalDate LAST_DAY_TO_PROVE = LocalDate.of(2025, 11, 10);
    private static final LocalDate ADULT_BORN = LocalDate.of(1990, 1, 1);

    @Test
    void theFollowUpYearHas365DaysHere() {
        assertThat(java.time.temporal.ChronoUnit.DAYS.between(START, DAY_365)).isEqualTo(365);
    }

    @Test
    void anOffenceOnDay365IsAReoffence() {
        Someone adam = born("adam", ADULT_BORN)
                .releasedFromCustody(START)
                .provenOffence(DAY_365, DAY_365.plusMonths(1), Disposal.CONVICTION_COMMUNITY);

        MeasureResult notReoffended = adults(adam).get(0);

        assertThat(notReoffended.denominatorCount()).isEqualTo(1);
        assertThat(notReoffended.numeratorCount()).isZero();
    }

    @Test
    void anOffenceOnDay366IsNotAReoffence() {
        Someone adam = born("adam", ADULT_BORN)
                .releasedFromCustody(START)
                .provenOffence(DAY_366, DAY_366.plusMonths(1), Disposal.CONVICTION_COMMUNITY);

        MeasureResult notReoffended = adults(adam).get(0);

        assertThat(notReoffended.numeratorCount()).isEqualTo(1);
        assertThat(notReoffended.numerator()).containsExactly(new Counted(id("adam"), List.of(fact("adam-1"))));
    }

    @Test
    void anOffenceProvenSixMonthsAfterTheFollowUpCounts() {
        Someone adam = born("adam", ADULT_BORN)
                .releasedFromCustody(START)
                .provenOffence(DAY_365, LAST_DAY_TO_PROVE, Disposal.CAUTION);

        assertThat(adults(adam).get(0).numeratorCount()).isZero();
    }

    @Test
    void anOffenceProvenSixMonthsAndADayAfterTheFollowUpDoesNotCount() {
        Someone adam = born("adam", ADULT_BORN)
                .releasedFromCustody(START)
                .provenOffence(DAY_365, LAST_DAY_TO_PROVE.plusDays(1), Disposal.CAUTION);

        assertThat(adults(adam).get(0).numeratorCount()).isEqualTo(1);
    }

    @Test
    void theOffenceThatStartedTheFollowUpIsNotAReoffence() {
        Someone adam = born("adam", ADULT_BORN).provenOffence(START.minusMonths(2), START, Disposal.CONVICTION_OTHER);

        MeasureResult notReoffended = adults(adam).get(0);

        assertThat(notReoffended.denominator()).containsExactly(new Counted(id("adam"), List.of(fact("adam-1"))));
        assertThat(notReoffended.numeratorCount()).isEqualTo(1);
    }

    @Test
    void anOffenceCommittedOnTheStartDayIsNotInTheFollowUp() {
        Someone adam = born("adam", ADULT_BORN)
                .releasedFromCustody(START)
                .provenOffence(START, START.plusMonths(1), Disposal.CONVICTION_COMMUNITY);

        assertThat(adults(adam).get(0).numeratorCount()).isEqualTo(1);
    }

    @Test
    void aCustodialConvictionEntersNobodyTheReleaseDoes() {
        Someone carl =
                born("carl", ADULT_BORN).provenOffence(START.minusMonths(3), START, Disposal.CONVICTION_CUSTODIAL);
        Someone dave = born("dave", ADULT_BORN)
                .provenOffence(START.minusMonths(3), START, Disposal.CONVICTION_CUSTODIAL)
                .releasedFromCustody(START.plusMonths(4));

        MeasureResult notReoffended = adults(carl, dave).get(0);

        assertThat(notReoffended.denominator()).containsExactly(new Counted(id("dave"), List.of(fact("dave-2"))));
    }

    @Test
    void onlyEntriesInTheCohortPeriodCountBothEndsIncluded() {
        Someone before = born("before", ADULT_BORN)
                .releasedFromCustody(COHORT_PERIOD.from().minusDays(1));
        Someone first = born("first", ADULT_BORN).releasedFromCustody(COHORT_PERIOD.from());
        Someone last = born("last", ADULT_BORN).releasedFromCustody(COHORT_PERIOD.to());
        Someone after =
                born("after", ADULT_BORN).releasedFromCustody(COHORT_PERIOD.to().plusDays(1));

        assertThat(adults(before, first, last, after).get(0).denominatorPeople())
                .containsExactlyInAnyOrder(id("first"), id("last"));
    }

    @Test
    void theFirstEntryInThePeriodStartsTheFollowUp() {
        Someone adam = born("adam", ADULT_BORN)
                .provenOffence(START.minusMonths(1), START, Disposal.CAUTION)
                .releasedFromCustody(START.plusMonths(6))
                .provenOffence(DAY_365, DAY_365.plusDays(10), Disposal.CAUTION);

        MeasureResult notReoffended = adults(adam).get(0);

        assertThat(notReoffended.denominator()).containsExactly(new Counted(id("adam"), List.of(fact("adam-1"))));
        assertThat(notReoffended.numeratorCount()).isZero();
    }

    @Test
    void ageOnTheStartDayDecidesTheCohort() {
        Someone turnsEighteenThatDay = born("eve", START.minusYears(18)).releasedFromCustody(START);
        Someone seventeen = born("fay", START.minusYears(18).plusDays(1)).releasedFromCustody(START);

        assertThat(adults(turnsEighteenThatDay, seventeen).get(0).denominatorPeople())
                .containsExactly(id("eve"));
        assertThat(youth(turnsEighteenThatDay, seventeen).denominatorPeople()).containsExactly(id("fay"));
    }

    @Test
    void inWorkMeansHoldingAJobTwelveMonthsAfterEntering() {
        Someone startedBefore =
                born("gus", ADULT_BORN).releasedFromCustody(START).startedJob(START.plusMonths(2));
        Someone startedThatDay =
                born("hal", ADULT_BORN).releasedFromCustody(START).startedJob(DAY_365);
        Someone leftThatDay = born("ian", ADULT_BORN)
                .releasedFromCustody(START)
                .startedJob(START.plusMonths(2))
                .leftJob(DAY_365);
        Someone startedTheDayAfter =
                born("jo", ADULT_BORN).releasedFromCustody(START).startedJob(DAY_366);
        Someone keptOneOfTwoJobs = born("kim", ADULT_BORN)
                .releasedFromCustody(START)
                .startedJob(START.plusMonths(1))
                .startedJob(START.plusMonths(2))
                .leftJob(START.plusMonths(3));

        MeasureResult inWork = adults(startedBefore, startedThatDay, leftThatDay, startedTheDayAfter, keptOneOfTwoJobs)
                .get(1);

        assertThat(inWork.measure()).isEqualTo(Measure.ADULT_IN_WORK);
        assertThat(inWork.denominatorCount()).isEqualTo(5);
        assertThat(inWork.numerator())
                .containsExactlyInAnyOrder(
                        new Counted(id("gus"), List.of(fact("gus-1"), fact("gus-2"))),
                        new Counted(id("hal"), List.of(fact("hal-1"), fact("hal-2"))),
                        new Counted(id("kim"), List.of(fact("kim-1"), fact("kim-2"))));
    }

    @Test
    void youthReoffendingCountsThoseWhoReoffendWithTheirEvidence() {
        LocalDate youthBorn = LocalDate.of(2008, 6, 1);
        Someone reprimanded = born("liam", youthBorn)
                .provenOffence(START.minusMonths(1), START, Disposal.REPRIMAND)
                .provenOffence(DAY_365, LAST_DAY_TO_PROVE, Disposal.FINAL_WARNING);
        Someone warnedAndLate = born("mia", youthBorn)
                .provenOffence(START.minusMonths(1), START, Disposal.FINAL_WARNING)
                .provenOffence(DAY_366, DAY_366.plusDays(1), Disposal.YOUTH_CAUTION);
        Someone releasedAndProvenLate = born("ned", youthBorn)
                .releasedFromCustody(START)
                .provenOffence(DAY_365, LAST_DAY_TO_PROVE.plusDays(1), Disposal.CONVICTION_COMMUNITY);
        Someone convictedThenReoffended = born("ola", youthBorn)
                .provenOffence(START.minusMonths(1), START, Disposal.CONVICTION_COMMUNITY)
                .provenOffence(START.plusDays(1), START.plusMonths(2), Disposal.YOUTH_CONDITIONAL_CAUTION);
        Someone notInTheCohort = born("pat", youthBorn)
                .had(
                        START,
                        new uk.joinedup.caseservice.catalogue.OffenderCohortJoined(
                                uk.joinedup.caseservice.catalogue.OffenderCohort.INTEGRATED_OFFENDER_MANAGEMENT));

        MeasureResult reoffended =
                youth(reprimanded, warnedAndLate, releasedAndProvenLate, convictedThenReoffended, notInTheCohort);

        assertThat(reoffended.measure()).isEqualTo(Measure.YOUTH_REOFFENDED);
        assertThat(reoffended.denominatorPeople())
                .containsExactlyInAnyOrder(id("liam"), id("mia"), id("ned"), id("ola"));
        assertThat(reoffended.numerator())
                .containsExactlyInAnyOrder(
                        new Counted(id("liam"), List.of(fact("liam-1"), fact("liam-2"))),
                        new Counted(id("ola"), List.of(fact("ola-1"), fact("ola-2"))));
    }

    @Test
    void factsNotYetHappenedAsAtADateAreNotRead() {
        Someone adam = born("adam", ADULT_BORN)
                .releasedFromCustody(START)
                .provenOffence(START.plusMonths(3), START.plusMonths(5), Disposal.CAUTION);

        List<MeasureResult> asAtFourMonths =
                ReOffending.adults(List.of(adam.facts().asAt(START.plusMonths(4))), COHORT_PERIOD);

        assertThat(asAtFourMonths.get(0).numeratorCount()).isEqualTo(1);
        assertThat(adults(adam).get(0).numeratorCount()).isZero();
    }

    private static List<MeasureResult> adults(Someone... people) {
        return ReOffending.adults(List.of(people).stream().map(Someone::facts).toList(), COHORT_PERIOD);
    }

    private static MeasureResult youth(Someone... people) {
        return ReOffending.youth(List.of(people).stream().map(Someone::facts).toList(), COHORT_PERIOD);
    }
}
