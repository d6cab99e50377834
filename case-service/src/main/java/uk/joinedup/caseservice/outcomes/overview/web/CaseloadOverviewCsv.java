package uk.joinedup.caseservice.outcomes.overview.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.joinedup.caseservice.outcomes.overview.CaseloadOverview;
import uk.joinedup.caseservice.outcomes.overview.CaseloadOverview.OverviewFigures;
import uk.joinedup.caseservice.outcomes.overview.CaseloadOverview.OverviewQuarter;

/**
 * Each table of the caseload overview as CSV (RFC 4180, a header row) through Commons CSV, which quotes
 * and escapes. Names (of teams, agencies and keyworkers) that a spreadsheet would take for a formula are
 * prefixed with an apostrophe.
 */
final class CaseloadOverviewCsv {

    private CaseloadOverviewCsv() {}

    /** The figures now: a row per team and agency. */
    static String now(CaseloadOverview overview) {
        List<List<Object>> rows = new ArrayList<>();
        for (OverviewFigures figures : scopes(overview)) {
            rows.add(List.of(
                    cell(figures.name()),
                    overview.asAt(),
                    figures.openCases(),
                    figures.openWithoutLeadProfessional(),
                    figures.overdueReviews(),
                    figures.overduePlanActions()));
        }
        return write(
                List.of(
                        "scope",
                        "asAt",
                        "openCases",
                        "openWithoutLeadProfessional",
                        "overdueReviews",
                        "overduePlanActions"),
                rows);
    }

    /** Referrals and closures: a row per team or agency and quarter. */
    static String quarters(CaseloadOverview overview) {
        List<List<Object>> rows = new ArrayList<>();
        for (OverviewFigures figures : scopes(overview)) {
            for (OverviewQuarter quarter : figures.byQuarter()) {
                rows.add(List.of(
                        cell(figures.name()),
                        quarter.quarter(),
                        quarter.firstDay(),
                        quarter.lastDay(),
                        quarter.newReferrals(),
                        quarter.closures()));
            }
        }
        return write(List.of("scope", "quarter", "firstDay", "lastDay", "newReferrals", "closures"), rows);
    }

    /** Each team member's open cases, by name. */
    static String keyworkers(CaseloadOverview overview) {
        List<List<Object>> rows = overview.keyworkers().stream()
                .map(keyworker -> List.<Object>of(cell(keyworker.name()), keyworker.openCases(), keyworker.leading()))
                .toList();
        return write(List.of("keyworker", "openCases", "leading"), rows);
    }

    private static List<OverviewFigures> scopes(CaseloadOverview overview) {
        return overview.team() == null ? List.of(overview.agency()) : List.of(overview.team(), overview.agency());
    }

    private static String write(List<String> headers, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader(headers.toArray(String[]::new))
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
