package uk.joinedup.webui.caseservice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The outcome indicators of a manager's caseload by quarter, as case-service counts them from the facts the
 * sharing policy shows the manager for measuring outcomes: context, not targets.
 *
 * @param asAt the day the caseload is taken
 * @param quarters the quarters, oldest first, written {@code 2026-Q4}
 * @param peopleInScope the people of the open cases counted
 * @param peopleWithFactsWithheld of those, how many had facts withheld from the manager (never which)
 */
public record OutcomesDashboard(
        LocalDate asAt,
        DashboardScope scope,
        List<String> quarters,
        int peopleInScope,
        int peopleWithFactsWithheld,
        List<IndicatorSection> indicators,
        SocialInvestment socialInvestment) {

    public OutcomesDashboard {
        quarters = quarters == null ? List.of() : quarters;
        indicators = indicators == null ? List.of() : indicators;
    }

    /**
     * The caseload counted.
     *
     * @param kind {@code TEAM} or {@code AGENCY}
     * @param keyworker the one member of the team counted alone, or null
     * @param keyworkers the team's members by name: the keyworker filter's choices
     */
    public record DashboardScope(
            String kind, String id, String name, String keyworker, String keyworkerName, List<Colleague> keyworkers) {

        public DashboardScope {
            keyworkers = keyworkers == null ? List.of() : keyworkers;
        }
    }

    /** A member of the manager's team. */
    public record Colleague(String userId, String name) {}

    /** One indicator and its measures. */
    public record IndicatorSection(
            String indicator, String title, String definedAt, boolean caseLevelProxy, List<MeasureFigures> measures) {

        public IndicatorSection {
            measures = measures == null ? List.of() : measures;
        }
    }

    /**
     * One measure by quarter.
     *
     * @param counts {@code people}, or {@code sessions} for attendance
     * @param nationalFigure null where the seeds give none
     * @param peopleWithFactsWithheld people in scope with facts of a category the measure reads withheld
     */
    public record MeasureFigures(
            String measure,
            String definition,
            String counts,
            NationalFigure nationalFigure,
            int peopleWithFactsWithheld,
            List<QuarterFigure> byQuarter) {

        public MeasureFigures {
            byQuarter = byQuarter == null ? List.of() : byQuarter;
        }
    }

    /** The national figure from the seeds. */
    public record NationalFigure(BigDecimal percent, String what, String period, String source) {}

    /**
     * A measure in one quarter.
     *
     * @param percent null when the denominator is 0
     * @param complete whether facts yet to come can no longer change it
     */
    public record QuarterFigure(
            String quarter,
            LocalDate firstDay,
            LocalDate lastDay,
            LocalDate asAt,
            long numerator,
            long denominator,
            BigDecimal percent,
            LocalDate completeBy,
            boolean complete) {}

    /**
     * What the dashboard says of social investment, whose national indicator is a survey: the outcome payments
     * the caseload's families' results earned in the period asked, and those awaiting payment.
     */
    public record SocialInvestment(
            String nationalIndicator,
            LocalDate paidFrom,
            LocalDate paidTo,
            BigDecimal paid,
            int resultsPaid,
            BigDecimal awaitingPayment,
            int resultsAwaitingPayment,
            String bondFundedServices) {}
}
