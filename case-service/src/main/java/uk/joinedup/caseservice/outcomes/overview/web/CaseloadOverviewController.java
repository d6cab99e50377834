package uk.joinedup.caseservice.outcomes.overview.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.infrastructure.web.CsvTables;
import uk.joinedup.caseservice.infrastructure.web.InvalidFields;
import uk.joinedup.caseservice.outcomes.overview.CaseloadOverview;
import uk.joinedup.caseservice.outcomes.overview.CaseloadOverviewQueries;
import uk.joinedup.caseservice.outcomes.overview.GetCaseloadOverview;

/** The caseload overview of a team manager's team and agency, as JSON and each table as CSV. */
@Tag(name = "Outcomes")
@RestController
@RequestMapping("/api/outcomes/caseload-overview")
class CaseloadOverviewController {

    private static final String FROM = "first quarter, written 2026-Q1; by default three before the last";
    private static final String TO = "last quarter, written 2026-Q4; by default the current one";
    private static final String NOT_A_MANAGER = "not a team manager";

    private final CaseloadOverviewQueries overviews;
    private final Clock clock;

    CaseloadOverviewController(CaseloadOverviewQueries overviews, Clock clock) {
        this.overviews = overviews;
        this.clock = clock;
    }

    @Operation(
            summary = "Your team's and agency's caseload: open cases, referrals, closures, overdue reviews and"
                    + " actions, cases per keyworker (team managers)",
            description = "Counts only. The team is yours within your agency, as your sign-in names it, and its"
                    + " members come from the staff directory; a family two members work counts once. Referrals"
                    + " and closures are counted by quarter for every keyworker and agency that has worked the"
                    + " family; overdue reviews and plan actions are those due before today. Keyworkers come"
                    + " by name: the figures are context, not targets.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseloadOverview.class)))
    @ApiResponse(
            responseCode = "400",
            description = "a quarter that is not one, or a period that cannot be",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "403",
            description = NOT_A_MANAGER,
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping
    CaseloadOverview overview(
            Actor viewer,
            @Parameter(description = FROM) @RequestParam(required = false) String from,
            @Parameter(description = TO) @RequestParam(required = false) String to) {
        // Only team managers get here (SecurityConfiguration).
        OverviewPeriod period = OverviewPeriod.of(from, to, LocalDate.now(clock));
        return overviews.answer(new GetCaseloadOverview(viewer, period.from(), period.to()));
    }

    @Operation(summary = "The figures now, for your team and agency, as CSV (team managers)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    @ApiResponse(
            responseCode = "403",
            description = NOT_A_MANAGER,
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/now.csv")
    ResponseEntity<String> nowCsv(
            Actor viewer,
            @Parameter(description = FROM) @RequestParam(required = false) String from,
            @Parameter(description = TO) @RequestParam(required = false) String to) {
        return csv(viewer, from, to, "caseload-now", CaseloadOverviewCsv::now);
    }

    @Operation(summary = "Referrals and closures by quarter, for your team and agency, as CSV (team managers)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    @ApiResponse(
            responseCode = "403",
            description = NOT_A_MANAGER,
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/quarters.csv")
    ResponseEntity<String> quartersCsv(
            Actor viewer,
            @Parameter(description = FROM) @RequestParam(required = false) String from,
            @Parameter(description = TO) @RequestParam(required = false) String to) {
        return csv(viewer, from, to, "caseload-by-quarter", CaseloadOverviewCsv::quarters);
    }

    @Operation(summary = "Open cases per keyworker of your team, by name, as CSV (team managers)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    @ApiResponse(
            responseCode = "403",
            description = NOT_A_MANAGER,
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/keyworkers.csv")
    ResponseEntity<String> keyworkersCsv(
            Actor viewer,
            @Parameter(description = FROM) @RequestParam(required = false) String from,
            @Parameter(description = TO) @RequestParam(required = false) String to) {
        return csv(viewer, from, to, "caseload-per-keyworker", CaseloadOverviewCsv::keyworkers);
    }

    @ExceptionHandler(InvalidFields.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalid(InvalidFields invalid) {
        return invalid.problem();
    }

    private ResponseEntity<String> csv(
            Actor viewer, String from, String to, String name, Function<CaseloadOverview, String> table) {
        CaseloadOverview overview = overview(viewer, from, to);
        String file = name + "-" + overview.quarters().get(0) + "-to-"
                + overview.quarters().get(overview.quarters().size() - 1) + ".csv";
        return CsvTables.download(file, table.apply(overview));
    }
}
