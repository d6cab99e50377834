package uk.joinedup.caseservice.outcomes.dashboard.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.joinedup.caseservice.outcomes.dashboard.OutcomesDashboard;
import uk.joinedup.caseservice.outcomes.dashboard.OutcomesDashboard.IndicatorSection;
import uk.joinedup.caseservice.outcomes.dashboard.OutcomesDashboard.MeasureFigures;
import uk.joinedup.caseservice.outcomes.dashboard.OutcomesDashboard.QuarterFigure;

/**
 * The dashboard's tables as CSV (RFC 4180, a header row) through Commons CSV: a row per measure and quarter,
 * for one measure or all. Scope names a spreadsheet would take for a formula are prefixed with an apostrophe.
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
                            cell(dashboard.scope().name()
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
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader(HEADERS.toArray(String[]::new))
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The value as a cell no spreadsheet evaluates. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean formula =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }
}
