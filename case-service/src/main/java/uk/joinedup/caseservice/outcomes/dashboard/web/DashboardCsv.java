package uk.joinedup.caseservice.outcomes.dashboard.web;

import java.util.ArrayList;
import java.util.List;
import uk.joinedup.caseservice.infrastructure.web.CsvTables;
import uk.joinedup.caseservice.outcomes.dashboard.OutcomesDashboard;
import uk.joinedup.caseservice.outcomes.dashboard.OutcomesDashboard.IndicatorSection;
import uk.joinedup.caseservice.outcomes.dashboard.OutcomesDashboard.MeasureFigures;
import uk.joinedup.caseservice.outcomes.dashboard.OutcomesDashboard.QuarterFigure;

/**
 * The dashboard's tables as CSV, through {@link CsvTables}: a row per measure and quarter, for one measure or all.
 * Scope names are {@linkplain CsvTables#cell cells no spreadsheet evaluates}.
 */
final class DashboardCsv {

    static final List<String> HEADERS = List.of(
            "scope",
            "indicator",
            "measure",
            "caseLevelProxy",
            "counts",
            "quarter",
            "asAt",
            "numerator",
            "denominator",
            "percent",
            "complete",
            "nationalPercent",
            "peopleWithFactsWithheld");

    private DashboardCsv() {}

    /** Every measure's table, or only {@code measure}'s when it is not null. */
    static String tables(OutcomesDashboard dashboard, String measure) {
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorSection section : dashboard.indicators()) {
            for (MeasureFigures figures : section.measures()) {
                if (measure != null && !measure.equals(figures.measure())) {
                    continue;
                }
                for (QuarterFigure quarter : figures.byQuarter()) {
                    rows.add(List.of(
                            CsvTables.cell(dashboard.scope().name()
                                    + (dashboard.scope().keyworkerName() == null
                                            ? ""
                                            : " / " + dashboard.scope().keyworkerName())),
                            section.indicator(),
                            figures.measure(),
                            section.caseLevelProxy(),
                            figures.counts(),
                            quarter.quarter(),
                            quarter.asAt(),
                            quarter.numerator(),
                            quarter.denominator(),
                            quarter.percent() == null ? "" : quarter.percent(),
                            quarter.complete(),
                            figures.nationalFigure() == null
                                    ? ""
                                    : figures.nationalFigure().percent(),
                            figures.peopleWithFactsWithheld()));
                }
            }
        }
        return CsvTables.write(HEADERS, rows);
    }
}
