package uk.joinedup.caseservice.outcomes.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimStatus;
import uk.joinedup.caseservice.outcomes.claims.record.ClaimRecord;
import uk.joinedup.caseservice.outcomes.claims.record.ClaimRecord.Claim;
import uk.joinedup.caseservice.outcomes.dashboard.OutcomesDashboard.SocialInvestment;

/** Outcome payments are the current claims paid within the period, and those submitted awaiting payment. */
class OutcomePaymentsTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    @Test
    void countsWhatWasPaidFromTheFirstDayToTheLastAndWhatAwaitsPayment() {
        SocialInvestment earned = OutcomePayments.of(
                List.of(
                        result("on-the-first-day", paid("800", FROM)),
                        result("on-the-last-day", paid("1000.50", TO)),
                        result("the-day-before", paid("4000", FROM.minusDays(1))),
                        result("the-day-after", paid("4000", TO.plusDays(1))),
                        result("submitted", claim(ClaimStatus.SUBMITTED, "700", null)),
                        result("drafted", claim(ClaimStatus.DRAFT, "100", null)),
                        result("rejected", claim(ClaimStatus.REJECTED, "200", null)),
                        result(
                                "rejected-then-paid",
                                claim(ClaimStatus.REJECTED, "300", null),
                                paid("300", FROM.plusDays(10)))),
                FROM,
                TO);

        assertThat(earned.paid()).isEqualByComparingTo("2100.50");
        assertThat(earned.resultsPaid()).isEqualTo(3);
        assertThat(earned.awaitingPayment()).isEqualByComparingTo("700");
        assertThat(earned.resultsAwaitingPayment()).isEqualTo(1);
        assertThat(earned.paidFrom()).isEqualTo(FROM);
        assertThat(earned.paidTo()).isEqualTo(TO);
        assertThat(earned.nationalIndicator()).contains("survey");
        assertThat(earned.bondFundedServices()).contains("not recorded");
    }

    @Test
    void aCaseloadWithoutClaimsEarnedNothing() {
        SocialInvestment earned = OutcomePayments.of(List.of(), FROM, TO);

        assertThat(earned.paid()).isZero();
        assertThat(earned.resultsPaid()).isZero();
        assertThat(earned.awaitingPayment()).isZero();
        assertThat(earned.resultsAwaitingPayment()).isZero();
    }

    private static ClaimRecord result(String result, Claim... claims) {
        return new ClaimRecord("scheme/family/" + result, "scheme", "family", result, List.of(claims), claims.length);
    }

    private static Claim paid(String amount, LocalDate paidOn) {
        return claim(ClaimStatus.PAID, amount, paidOn);
    }

    private static Claim claim(ClaimStatus status, String amount, LocalDate paidOn) {
        LocalDate drafted = FROM.minusMonths(1);
        return new Claim(
                1,
                "scheme/family/result#1",
                status,
                paidOn == null ? drafted : paidOn,
                new BigDecimal(amount),
                "2025/26",
                drafted,
                List.of(),
                drafted,
                "Morgan Ellis",
                status == ClaimStatus.DRAFT ? null : drafted,
                paidOn,
                status == ClaimStatus.REJECTED ? drafted : null,
                status == ClaimStatus.REJECTED ? "Evidence incomplete" : null);
    }
}
