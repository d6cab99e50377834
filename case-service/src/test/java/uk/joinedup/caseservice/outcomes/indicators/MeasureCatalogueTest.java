package uk.joinedup.caseservice.outcomes.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.InformationCategory;

/** What the pages say of each indicator and measure: where the seeds define them, and their national figures. */
class MeasureCatalogueTest {

    @Test
    void eachIndicatorCitesSeed001AndSaysWhetherItIsACaseLevelProxy() {
        assertThat(Indicator.EDUCATION.title()).isEqualTo("Realising potential in the education system");
        assertThat(Indicator.EDUCATION.definedAt()).isEqualTo("001:180, 001:204");
        assertThat(Indicator.EDUCATION.caseLevelProxy()).isTrue();
        assertThat(Indicator.FAMILY_STABILITY.caseLevelProxy()).isTrue();
        assertThat(Indicator.YOUTH_REOFFENDING.caseLevelProxy()).isFalse();
        assertThat(Indicator.values())
                .allSatisfy(indicator -> assertThat(indicator.definedAt()).startsWith("001:"));
    }

    @Test
    void theEducationIndicatorsMeasuresAreItsProxiesThenAttainmentForFreeSchoolMealsAndTheRest() {
        List<Measure> education = Arrays.stream(Measure.values())
                .filter(measure -> measure.indicator() == Indicator.EDUCATION)
                .toList();

        assertThat(education)
                .containsExactly(
                        Measure.ATTENDANCE,
                        Measure.PERSISTENT_ABSENCE,
                        Measure.UNAUTHORISED_ABSENCE_15_PERCENT,
                        Measure.EXCLUDED,
                        Measure.KEY_STAGE_2_FREE_SCHOOL_MEALS,
                        Measure.KEY_STAGE_2_OTHER_PUPILS,
                        Measure.KEY_STAGE_4_FREE_SCHOOL_MEALS,
                        Measure.KEY_STAGE_4_OTHER_PUPILS);
        assertThat(Measure.KEY_STAGE_4_FREE_SCHOOL_MEALS.definition()).contains("26.2 percentage points", "000:148");
        assertThat(education)
                .allSatisfy(measure -> assertThat(measure.reads()).containsExactly(InformationCategory.EDUCATION));
        assertThat(Measure.TREATMENT_ALL_THREE.reads())
                .containsExactlyInAnyOrder(
                        InformationCategory.SUBSTANCE_MISUSE,
                        InformationCategory.EMPLOYMENT_AND_BENEFITS,
                        InformationCategory.OFFENDING);
        assertThat(new Attendance(0, 0, List.of()).measure()).isEqualTo(Measure.ATTENDANCE);
    }

    @Test
    void nationalFiguresAreQuotedFromTheSeedsAndAbsentWhereTheSeedsGiveNone() {
        assertThat(Measure.ADULT_NOT_REOFFENDED.nationalFigure().percent())
                .isEqualByComparingTo(new BigDecimal("74.6"));
        assertThat(Measure.ADULT_NOT_REOFFENDED.nationalFigure().source()).isEqualTo("000:293");
        assertThat(Measure.YOUTH_REOFFENDED.nationalFigure().period()).isEqualTo("April 2010 to March 2011");
        assertThat(Measure.TREATMENT_IN_EMPLOYMENT.nationalFigure()).isNull();
        assertThat(Measure.values())
                .allSatisfy(
                        measure -> assertThat(measure.definition()).isNotBlank().endsWith("."));
    }
}
