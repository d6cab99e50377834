package uk.joinedup.caseservice.retention.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetentionDaysTest {

    @ParameterizedTest
    @CsvSource({
        "2020-03-31, P6Y, 2026-03-31",
        "2004-02-29, P25Y, 2029-03-01",
        "2004-02-29, P24Y, 2028-02-29",
        "2004-02-28, P25Y, 2029-02-28",
        "2004-03-01, P25Y, 2029-03-01",
        "2020-01-31, P1M, 2020-03-01",
        "2021-01-31, P1M, 2021-03-01",
        "2020-01-30, P1M, 2020-03-01",
        "2020-01-29, P1M, 2020-02-29",
        "2020-01-15, P1M, 2020-02-15",
        "2020-03-31, P6M, 2020-10-01",
        "2020-03-31, P6Y10D, 2026-04-10",
        "2004-02-29, P25Y1D, 2029-03-02",
        "2020-12-31, P1D, 2021-01-01",
    })
    void addsAPeriodKeepingADayLongerWhereTheAnniversaryDoesNotExist(LocalDate start, Period period, LocalDate ends) {
        assertThat(RetentionDays.after(start, period)).isEqualTo(ends);
    }
}
