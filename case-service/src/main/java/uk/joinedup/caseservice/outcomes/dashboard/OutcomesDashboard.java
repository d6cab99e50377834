package uk.joinedup.caseservice.outcomes.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.joinedup.caseservice.outcomes.indicators.NationalFigure;

/**
 * The outcome indicators of a caseload by quarter: context for a conversation, "not a set of targets" (seed
 * 001), never a league table. Figures count only the facts the sharing policy shows the viewer for measuring
 * outcomes (ADR 21); {@code peopleWithFactsWithheld} says how many people in scope had facts withheld, never
 * which, so that a partial figure is not taken for a whole one, and each measure says how many had facts of
 * the categories it reads withheld.
 *
 * @param asAt today: the day the caseload is taken (its open cases and their households now)
 * @param quarters the quarters, oldest first, written {@code 2026-Q4}
 * @param peopleInScope the people in the households of the open cases counted
 * @param peopleWithFactsWithheld of those, the people with at least one fact withheld from the viewer
 * @param indicators each indicator with its measures
 * @param socialInvestment what the dashboard says of the social investment indicator
 */
public record OutcomesDashboard(
        LocalDate asAt,
        DashboardScope scope,
        List<String> quarters,
        int peopleInScope,
        int peopleWithFactsWithheld,
        List<IndicatorSection> indicators,
        SocialInvestment socialInvestment) {

    /**
     * One indicator of the Social Justice Outcomes Framework.
     *
     * @param indicator its name in the API, e.g. {@code EX_OFFENDERS}
     * @param title its name on the page
     * @param definedAt where seed 001 defines it
     * @param caseLevelProxy whether what is computed is a case-level proxy for a national indicator computed
     *     otherwise: the page labels it so
     */
    public record IndicatorSection(
            String indicator, String title, String definedAt, boolean caseLevelProxy, List<MeasureFigures> measures) {}

    /**
     * One measure by quarter.
     *
     * @param measure its name in the API and in drill-down addresses, e.g. {@code ADULT_NOT_REOFFENDED}
     * @param definition what it counts, as the page states it
     * @param counts what the numerator and denominator count: {@code people}, or {@code sessions} for attendance
     * @param nationalFigure the national figure from the seeds, or null where they give none
     * @param peopleWithFactsWithheld of the people in scope, those with a fact of a category the measure reads
     *     withheld from the viewer: its figures may have counted them otherwise
     */
    public record MeasureFigures(
            String measure,
            String definition,
            String counts,
            NationalFigure nationalFigure,
            int peopleWithFactsWithheld,
            List<QuarterFigure> byQuarter) {}

    /**
     * A measure in one quarter.
     *
     * @param asAt the day the figure is taken as at: the quarter's last day
     * @param percent numerator as a percentage of the denominator to one decimal place, or null when the
     *     denominator is 0
     * @param completeBy the day from which facts yet to come can no longer change the figure (18 months after
     *     the quarter for re-offending)
     * @param complete whether that day has come
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
     * Social investment (key indicator 7): the national indicator is a survey of the social investment market
     * (seed 001), not a case measure; what the caseload shows of it is the outcome payments its families' results
     * earned under payment-by-results schemes.
     *
     * @param nationalIndicator what the national indicator is, as the page says it
     * @param paidFrom the first day of the period asked
     * @param paidTo the last day of the period asked
     * @param paid what was paid for the caseload's families' results in that period, in pounds
     * @param resultsPaid how many results that was for
     * @param awaitingPayment what is claimed for them, submitted and not yet paid or rejected, in pounds
     * @param resultsAwaitingPayment how many results that is for
     * @param bondFundedServices what the page says of services funded by social impact bonds
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
