package uk.joinedup.caseservice.views.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.infrastructure.web.CsvTables;
import uk.joinedup.caseservice.views.casefile.FindSpendBySource;
import uk.joinedup.caseservice.views.casefile.SpendBySource;

/** A team manager's spend from family budgets across their cases, as JSON and as CSV. */
@Tag(name = "Family budget")
@RestController
class SpendController {

    private final QueryGateway queries;
    private final Clock clock;

    SpendController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Operation(
            summary = "What the family budgets of your cases were allocated, committed and spent, by funding source"
                    + " and by family (team managers)",
            description = "Your cases are those your agency is involved in; each family's casework is shown as the"
                    + " sharing policy allows.")
    @GetMapping("/api/budgets/spend-by-source")
    SpendBySource spendBySource(Actor viewer) {
        return queries.query(new FindSpendBySource(viewer), SpendBySource.class).join();
    }

    @Operation(summary = "The same by family and funding source, as CSV (team managers)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    @GetMapping("/api/budgets/spend-by-source.csv")
    ResponseEntity<String> spendBySourceCsv(Actor viewer) {
        SpendBySource spend = spendBySource(viewer);
        List<List<Object>> rows = spend.families().stream()
                .map(family -> List.<Object>of(
                        CsvTables.cell(family.familyName()),
                        family.familyId(),
                        family.source(),
                        family.amounts().allocated(),
                        family.amounts().committed(),
                        family.amounts().spent(),
                        family.amounts().left()))
                .toList();
        return CsvTables.download(
                "budget-spend-by-source-" + LocalDate.now(clock) + ".csv",
                CsvTables.write(
                        List.of("family", "familyId", "fundingSource", "allocated", "committed", "spent", "left"),
                        rows));
    }
}
