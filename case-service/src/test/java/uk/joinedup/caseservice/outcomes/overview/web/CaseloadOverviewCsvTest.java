package uk.joinedup.caseservice.outcomes.overview.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.outcomes.overview.CaseloadOverview;
import uk.joinedup.caseservice.outcomes.overview.CaseloadOverview.KeyworkerCases;
import uk.joinedup.caseservice.outcomes.overview.CaseloadOverview.OverviewFigures;
import uk.joinedup.caseservice.outcomes.overview.CaseloadOverview.OverviewQuarter;

class CaseloadOverviewCsvTest {

    private static final OverviewQuarter Q4 =
            new OverviewQuarter("2026-Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), 3, 1);
    private static final OverviewFigures TEAM =
            new OverviewFigures("central", "Central, east", 5, 1, 2, 3, List.of(Q4));
    private static final OverviewFigures AGENCY =
            new OverviewFigures("early-help", "Early Help", 9, 2, 2, 4, List.of(Q4));

    @Test
    void writesTheFiguresNowARowForTheTeamThenTheAgency() {
        String csv = CaseloadOverviewCsv.now(overview(TEAM, List.of()));

        assertThat(csv.lines())
                .containsExactly(
                        "scope,asAt,openCases,openWithoutLeadProfessional,overdueReviews,overduePlanActions",
                        "\"Central, east\",2026-11-23,5,1,2,3",
                        "Early Help,2026-11-23,9,2,2,4");
    }

    @Test
    void writesEachQuarterOfEachScopeAndOnlyTheAgencyWithoutATeam() {
        assertThat(CaseloadOverviewCsv.quarters(overview(null, List.of())).lines())
                .containsExactly(
                        "scope,quarter,firstDay,lastDay,newReferrals,closures",
                        "Early Help,2026-Q4,2026-10-01,2026-12-31,3,1");
    }

    @Test
    void keepsKeyworkersInTheOrderGivenAndDisarmsANameASpreadsheetWouldRun() {
        String csv = CaseloadOverviewCsv.keyworkers(overview(
                TEAM,
                List.of(
                        new KeyworkerCases("a", "=HYPERLINK(\"x\")", 1, 0),
                        new KeyworkerCases("b", "Sam Patel", 4, 2))));

        assertThat(csv.lines())
                .containsExactly("keyworker,openCases,leading", "\"'=HYPERLINK(\"\"x\"\")\",1,0", "Sam Patel,4,2");
    }

    private static CaseloadOverview overview(OverviewFigures team, List<KeyworkerCases> keyworkers) {
        return new CaseloadOverview(LocalDate.of(2026, 11, 23), List.of("2026-Q4"), team, AGENCY, keyworkers);
    }
}
