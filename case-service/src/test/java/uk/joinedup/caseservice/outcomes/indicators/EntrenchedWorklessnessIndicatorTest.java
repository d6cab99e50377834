package uk.joinedup.caseservice.outcomes.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.outcomes.indicators.Someone.born;
import static uk.joinedup.caseservice.outcomes.indicators.Someone.fact;
import static uk.joinedup.caseservice.outcomes.indicators.Someone.id;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.catalogue.Benefit;
import uk.joinedup.caseservice.catalogue.EsaGroup;
import uk.joinedup.caseservice.catalogue.UniversalCreditRegime;

/**
 * Entrenched worklessness on 31 March 2025: the past four years are 1 April 2021 to 31 March 2025 (1,461
 * days) and three years of them are 1,096 days (the three years to 31 March 2025 hold 29 February 2024).
 */
class EntrenchedWorklessnessIndicatorTest {

    private static final LocalDate ON = LocalDate.of(2025, 3, 31);
    private static final LocalDate WINDOW_START = LocalDate.of(2021, 4, 1);
    private static final LocalDate BORN = LocalDate.of(1980, 7, 7);

    /** From here to the day, both included, is 731 days: with a year of 365 before, exactly 1,096. */
    private static final LocalDate EXACTLY_THREE_YEARS_WITH_A_YEAR_BEFORE = LocalDate.of(2023, 4, 1);

    @Test
    void threeYearsHere() {
        assertThat(ChronoUnit.DAYS.between(ON.minusYears(3), ON)).isEqualTo(1096);
        assertThat(ChronoUnit.DAYS.between(EXACTLY_THREE_YEARS_WITH_A_YEAR_BEFORE, ON.plusDays(1)))
                .isEqualTo(731);
        assertThat(ChronoUnit.DAYS.between(WINDOW_START, LocalDate.of(2021, 10, 1)))
                .isEqualTo(183);
        assertThat(ChronoUnit.DAYS.between(LocalDate.of(2021, 10, 1), LocalDate.of(2022, 4, 1)))
                .isEqualTo(182);
    }

    @Test
    void spellsAcrossBenefitsSummingToExactlyThreeOfFourYearsCount() {
        Someone ada = born("ada", BORN)
                .startedClaim(WINDOW_START, Benefit.INCOME_SUPPORT_LONE_PARENT)
                .endedClaim(LocalDate.of(2021, 10, 1), Benefit.INCOME_SUPPORT_LONE_PARENT)
                .startedClaim(LocalDate.of(2021, 10, 1), Benefit.JOBSEEKERS_ALLOWANCE)
                .endedClaim(LocalDate.of(2022, 4, 1), Benefit.JOBSEEKERS_ALLOWANCE)
                .startedUniversalCredit(
                        EXACTLY_THREE_YEARS_WITH_A_YEAR_BEFORE, UniversalCreditRegime.SEARCHING_FOR_WORK);

        MeasureResult entrenched = measure(ada);

        assertThat(entrenched.denominator()).containsExactly(new Counted(id("ada"), List.of(fact("ada-5"))));
        assertThat(entrenched.numerator())
                .containsExactly(new Counted(
                        id("ada"), List.of(fact("ada-5"), fact("ada-1"), fact("ada-2"), fact("ada-3"), fact("ada-4"))));
    }

    @Test
    void spellsOneDayShortOfThreeYearsDoNot() {
        Someone bea = born("bea", BORN)
                .startedClaim(WINDOW_START, Benefit.INCOME_SUPPORT_LONE_PARENT)
                .endedClaim(LocalDate.of(2021, 10, 1), Benefit.INCOME_SUPPORT_LONE_PARENT)
                .startedClaim(LocalDate.of(2021, 10, 1), Benefit.JOBSEEKERS_ALLOWANCE)
                .endedClaim(LocalDate.of(2022, 4, 1), Benefit.JOBSEEKERS_ALLOWANCE)
                .startedUniversalCredit(
                        EXACTLY_THREE_YEARS_WITH_A_YEAR_BEFORE.plusDays(1), UniversalCreditRegime.SEARCHING_FOR_WORK);

        MeasureResult entrenched = measure(bea);

        assertThat(entrenched.denominatorCount()).isEqualTo(1);
        assertThat(entrenched.numeratorCount()).isZero();
    }

    @Test
    void daysBeforeTheFourYearsDoNotCount() {
        Someone cal = born("cal", BORN)
                .startedClaim(WINDOW_START.minusDays(1), Benefit.CARERS_ALLOWANCE)
                .endedClaim(LocalDate.of(2022, 4, 1), Benefit.CARERS_ALLOWANCE)
                .startedClaim(EXACTLY_THREE_YEARS_WITH_A_YEAR_BEFORE.plusDays(1), Benefit.JOBSEEKERS_ALLOWANCE);
        Someone dee = born("dee", BORN)
                .startedClaim(WINDOW_START.minusDays(1), Benefit.CARERS_ALLOWANCE)
                .endedClaim(LocalDate.of(2022, 4, 2), Benefit.CARERS_ALLOWANCE)
                .startedClaim(EXACTLY_THREE_YEARS_WITH_A_YEAR_BEFORE.plusDays(1), Benefit.JOBSEEKERS_ALLOWANCE);

        assertThat(measure(cal, dee).numeratorPeople()).containsExactly(id("dee"));
    }

    @Test
    void aClaimThatEndedBeforeTheFourYearsIsNoEvidence() {
        Someone hal = born("hal", BORN)
                .startedClaim(LocalDate.of(2015, 1, 5), Benefit.JOBSEEKERS_ALLOWANCE)
                .endedClaim(WINDOW_START.minusDays(1), Benefit.JOBSEEKERS_ALLOWANCE)
                .startedClaim(WINDOW_START, Benefit.JOBSEEKERS_ALLOWANCE);

        MeasureResult entrenched = measure(hal);

        assertThat(entrenched.numerator()).containsExactly(new Counted(id("hal"), List.of(fact("hal-3"))));
    }

    @Test
    void timeOnABenefitThatIsNotOutOfWorkDoesNotCount() {
        Someone ida = born("ida", BORN)
                .startedClaim(WINDOW_START, Benefit.OTHER)
                .endedClaim(EXACTLY_THREE_YEARS_WITH_A_YEAR_BEFORE, Benefit.OTHER)
                .startedClaim(EXACTLY_THREE_YEARS_WITH_A_YEAR_BEFORE, Benefit.JOBSEEKERS_ALLOWANCE);

        MeasureResult entrenched = measure(ida);

        assertThat(entrenched.denominatorCount()).isEqualTo(1);
        assertThat(entrenched.numeratorCount()).isZero();
    }

    @Test
    void aDayOnTwoBenefitsCountsOnce() {
        Someone eve = born("eve", BORN)
                .startedClaim(WINDOW_START, Benefit.CARERS_ALLOWANCE)
                .startedClaim(WINDOW_START, Benefit.INCOME_SUPPORT_OTHER)
                .endedClaim(LocalDate.of(2022, 4, 1), Benefit.INCOME_SUPPORT_OTHER)
                .endedClaim(LocalDate.of(2022, 4, 1), Benefit.CARERS_ALLOWANCE)
                .startedClaim(EXACTLY_THREE_YEARS_WITH_A_YEAR_BEFORE.plusDays(1), Benefit.JOBSEEKERS_ALLOWANCE);

        assertThat(measure(eve).numeratorCount()).isZero();
    }

    @Test
    void universalCreditWithNoWorkRequirementsCountsAsTimeOnBenefitWorkingRegimesDoNot() {
        Someone fay = born("fay", BORN)
                .startedUniversalCredit(WINDOW_START, UniversalCreditRegime.NO_WORK_REQUIREMENTS)
                .endedClaim(LocalDate.of(2022, 4, 1), Benefit.UNIVERSAL_CREDIT)
                .startedClaim(EXACTLY_THREE_YEARS_WITH_A_YEAR_BEFORE, Benefit.JOBSEEKERS_ALLOWANCE);
        Someone gil = born("gil", BORN)
                .startedUniversalCredit(WINDOW_START, UniversalCreditRegime.WORKING_WITH_REQUIREMENTS)
                .endedClaim(LocalDate.of(2022, 4, 1), Benefit.UNIVERSAL_CREDIT)
                .startedClaim(EXACTLY_THREE_YEARS_WITH_A_YEAR_BEFORE, Benefit.JOBSEEKERS_ALLOWANCE);

        assertThat(measure(fay, gil).numeratorPeople()).containsExactly(id("fay"));
    }

    @Test
    void currentClaimantsAreThoseOnAWorkRelatedBenefitOnTheDay() {
        LocalDate since = LocalDate.of(2024, 1, 1);
        Someone jsa = born("jsa", BORN).startedClaim(since, Benefit.JOBSEEKERS_ALLOWANCE);
        Someone loneParent = born("lp", BORN).startedClaim(since, Benefit.INCOME_SUPPORT_LONE_PARENT);
        Someone wrag = born("wrag", BORN).startedClaim(since, Benefit.ESA_WORK_RELATED_ACTIVITY_GROUP);
        Someone support = born("sg", BORN).startedClaim(since, Benefit.ESA_SUPPORT_GROUP);
        Someone movedToSupportOnTheDay = born("tosg", BORN)
                .startedClaim(since, Benefit.ESA_WORK_RELATED_ACTIVITY_GROUP)
                .movedEsaGroup(ON, EsaGroup.SUPPORT_GROUP);
        Someone movedToWorkRelated = born("towrag", BORN)
                .startedClaim(since, Benefit.ESA_SUPPORT_GROUP)
                .movedEsaGroup(ON.minusDays(1), EsaGroup.WORK_RELATED_ACTIVITY_GROUP);
        Someone movesAfterTheDay = born("later", BORN)
                .startedClaim(since, Benefit.ESA_SUPPORT_GROUP)
                .movedEsaGroup(ON.plusDays(1), EsaGroup.WORK_RELATED_ACTIVITY_GROUP);
        Someone endedOnTheDay = born("ended", BORN)
                .startedClaim(since, Benefit.JOBSEEKERS_ALLOWANCE)
                .endedClaim(ON, Benefit.JOBSEEKERS_ALLOWANCE);
        Someone startsTheDayAfter = born("after", BORN).startedClaim(ON.plusDays(1), Benefit.JOBSEEKERS_ALLOWANCE);
        Someone carer = born("carer", BORN).startedClaim(since, Benefit.CARERS_ALLOWANCE);
        Someone otherIncomeSupport = born("isother", BORN).startedClaim(since, Benefit.INCOME_SUPPORT_OTHER);
        Someone incapacity = born("ib", BORN).startedClaim(since, Benefit.INCAPACITY_BENEFIT);

        MeasureResult entrenched = measure(
                jsa,
                loneParent,
                wrag,
                support,
                movedToSupportOnTheDay,
                movedToWorkRelated,
                movesAfterTheDay,
                endedOnTheDay,
                startsTheDayAfter,
                carer,
                otherIncomeSupport,
                incapacity);

        assertThat(entrenched.denominatorPeople())
                .containsExactlyInAnyOrder(id("jsa"), id("lp"), id("wrag"), id("towrag"));
        assertThat(entrenched.denominator())
                .contains(new Counted(id("towrag"), List.of(fact("towrag-1"), fact("towrag-2"))));
    }

    @Test
    void universalCreditCountsAsWorkRelatedInTheRegimesThatAskForWork() {
        LocalDate since = LocalDate.of(2024, 1, 1);
        List<Someone> people = java.util.Arrays.stream(UniversalCreditRegime.values())
                .map(regime -> born(regime.name(), BORN).startedUniversalCredit(since, regime))
                .toList();
        Someone notAsked = born("notAsked", BORN).startedUniversalCredit(since, null);

        MeasureResult entrenched =
                measure(java.util.stream.Stream.concat(people.stream(), java.util.stream.Stream.of(notAsked))
                        .toArray(Someone[]::new));

        assertThat(entrenched.denominatorPeople())
                .containsExactlyInAnyOrder(id("SEARCHING_FOR_WORK"), id("PLANNING_FOR_WORK"), id("PREPARING_FOR_WORK"));
    }

    @Test
    void anEsaClaimIsOneClaimWhateverItsGroup() {
        Someone hal = born("hal", BORN)
                .startedClaim(WINDOW_START, Benefit.ESA_SUPPORT_GROUP)
                .movedEsaGroup(LocalDate.of(2022, 1, 1), EsaGroup.WORK_RELATED_ACTIVITY_GROUP)
                .startedClaim(LocalDate.of(2023, 1, 1), Benefit.ESA_WORK_RELATED_ACTIVITY_GROUP);

        MeasureResult entrenched = measure(hal);

        assertThat(entrenched.numerator())
                .containsExactly(new Counted(id("hal"), List.of(fact("hal-1"), fact("hal-2"))));
    }

    private static MeasureResult measure(Someone... people) {
        return EntrenchedWorklessness.measure(
                List.of(people).stream().map(Someone::facts).toList(), ON);
    }
}
