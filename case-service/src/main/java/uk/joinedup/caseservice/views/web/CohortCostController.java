package uk.joinedup.caseservice.views.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.infrastructure.web.CsvTables;
import uk.joinedup.caseservice.views.cohortcost.CohortCostView;
import uk.joinedup.caseservice.views.cohortcost.FindCohortCost;

/** A team manager's cohort: its cost to the public purse before and after its cases opened, as JSON and as CSV. */
@Tag(name = "Costs")
@RestController
class CohortCostController {

    private final QueryGateway queries;

    CohortCostController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(
            summary = "What the families of your cases cost the public purse in the twelve months before each case"
                    + " opened and the twelve months after, by the agency that bore it, beside the support given in"
                    + " the year after (team managers)",
            description = "Your cases are those your agency is involved in. Estimates from the unit costs returned,"
                    + " counting only the facts the sharing policy shows you for measuring outcomes (ADR 21):"
                    + " familiesWithFactsWithheld says how many families had facts you may not see. A family whose"
                    + " case opened less than a year ago is counted in familiesTooRecent and not compared.")
    @GetMapping("/api/costs/cohort")
    CohortCostView cohort(Actor viewer) {
        return queries.query(new FindCohortCost(viewer), CohortCostView.class).join();
    }

    @Operation(summary = "The same family by family, as CSV (team managers)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    @GetMapping("/api/costs/cohort.csv")
    ResponseEntity<String> cohortCsv(Actor viewer) {
        CohortCostView cohort = cohort(viewer);
        List<List<Object>> rows = cohort.families().stream()
                .map(family -> List.<Object>of(
                        CsvTables.cell(family.familyName()),
                        family.familyId(),
                        family.openedOn(),
                        family.before(),
                        family.after(),
                        family.support()))
                .toList();
        return CsvTables.download(
                "cohort-cost-" + cohort.today() + ".csv",
                CsvTables.write(List.of("family", "familyId", "openedOn", "before", "after", "supportAfter"), rows));
    }
}
