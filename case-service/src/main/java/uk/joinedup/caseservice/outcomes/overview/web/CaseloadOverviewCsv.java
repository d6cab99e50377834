package uk.joinedup.caseservice.outcomes.overview.web;

import java.util.ArrayList;
import java.util.List;
import uk.joinedup.caseservice.infrastructure.web.CsvTables;
import uk.joinedup.caseservice.outcomes.overview.CaseloadOverview;
import uk.joinedup.caseservice.outcomes.overview.CaseloadOverview.OverviewFigures;
import uk.joinedup.caseservice.outcomes.overview.CaseloadOverview.OverviewQuarter;

/**
 * Each table of the caseload overview as CSV, through {@link CsvTables}. Names (of teams, agencies and keyworkers)
 * are {@linkplain CsvTables#cell cells no spreadsheet evaluates}.
 */
final class CaseloadOverviewCsv {

    private CaseloadOverviewCsv() {}

    /** The figures now: a row per team and agency. */
    static String now(CaseloadOverview overview) {
        List<List<Object>> rows = new ArrayList<>();
        for (OverviewFigures figures : scopes(overview)) {
            rows.add(List.of(
                    CsvTables.cell(figures.name()),
                    overview.asAt(),
                    figures.openCases(),
                    figures.openWithoutLeadProfessional(),
                    figures.overdueReviews(),
                    figures.overduePlanActions()));
        }
        return CsvTables.write(
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
                        CsvTables.cell(figures.name()),
                        quarter.quarter(),
                        quarter.firstDay(),
                        quarter.lastDay(),
                        quarter.newReferrals(),
                        quarter.closures()));
            }
        }
        return CsvTables.write(List.of("scope", "quarter", "firstDay", "lastDay", "newReferrals", "closures"), rows);
    }

    /** Each team member's open cases, by name. */
    static String keyworkers(CaseloadOverview overview) {
        List<List<Object>> rows = overview.keyworkers().stream()
                .map(keyworker ->
                        List.<Object>of(CsvTables.cell(keyworker.name()), keyworker.openCases(), keyworker.leading()))
                .toList();
        return CsvTables.write(List.of("keyworker", "openCases", "leading"), rows);
    }

    private static List<OverviewFigures> scopes(CaseloadOverview overview) {
        return overview.team() == null ? List.of(overview.agency()) : List.of(overview.team(), overview.agency());
    }
}
