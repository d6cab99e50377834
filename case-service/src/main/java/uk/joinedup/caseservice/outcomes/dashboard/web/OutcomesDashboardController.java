package uk.joinedup.caseservice.outcomes.dashboard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.infrastructure.web.CsvTables;
import uk.joinedup.caseservice.infrastructure.web.InvalidFields;
import uk.joinedup.caseservice.outcomes.dashboard.DashboardFilterRefused;
import uk.joinedup.caseservice.outcomes.dashboard.DashboardQueries;
import uk.joinedup.caseservice.outcomes.dashboard.GetIndicatorPeople;
import uk.joinedup.caseservice.outcomes.dashboard.GetOutcomesDashboard;
import uk.joinedup.caseservice.outcomes.dashboard.IndicatorPeople;
import uk.joinedup.caseservice.outcomes.dashboard.OutcomesDashboard;
import uk.joinedup.caseservice.outcomes.dashboard.ScopeKind;
import uk.joinedup.caseservice.outcomes.indicators.Measure;
import uk.joinedup.caseservice.outcomes.overview.Quarter;

/** The outcomes dashboard of a team manager's caseload: JSON, CSV, and the drill-down to the people counted. */
@Tag(name = "Outcomes")
@RestController
@RequestMapping("/api/outcomes/indicators")
class OutcomesDashboardController {

    private static final String SCOPE =
            "team (your team within your agency; the default when your sign-in names" + " one) or agency";
    private static final String KEYWORKER = "the user id of one member of your team, to count their caseload alone";
    private static final String FROM = "first quarter, written 2026-Q1; by default seven before the last";
    private static final String TO = "last quarter, written 2026-Q4; by default the current one";
    private static final String NOT_A_MANAGER = "not a team manager";
    private static final String BAD_FILTER =
            "a scope, keyworker or quarter that is not one, or a period that cannot be";

    private final DashboardQueries dashboards;
    private final Clock clock;

    OutcomesDashboardController(DashboardQueries dashboards, Clock clock) {
        this.dashboards = dashboards;
        this.clock = clock;
    }

    @Operation(
            summary = "The outcome indicators of your caseload by quarter (team managers)",
            description = "For the people of your team's open cases (or your agency's, or one keyworker's of your"
                    + " team), each measure of the Social Justice Outcomes Framework the case facts support, by"
                    + " quarter: numerator, denominator, percentage, definition, whether it is a case-level proxy,"
                    + " the national figure where the seeds give one. Only facts the sharing policy shows you for"
                    + " measuring outcomes count; peopleWithFactsWithheld says how many people had facts withheld"
                    + " from you, and each measure's how many had facts of the categories it reads withheld."
                    + " Context, not targets: keyworkers are never ranked.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OutcomesDashboard.class)))
    @ApiResponse(
            responseCode = "400",
            description = BAD_FILTER,
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "403",
            description = NOT_A_MANAGER,
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping
    OutcomesDashboard dashboard(
            Actor viewer,
            @Parameter(description = SCOPE) @RequestParam(required = false) String scope,
            @Parameter(description = KEYWORKER) @RequestParam(required = false) String keyworker,
            @Parameter(description = FROM) @RequestParam(required = false) String from,
            @Parameter(description = TO) @RequestParam(required = false) String to) {
        // Only team managers get here (SecurityConfiguration).
        List<Map<String, String>> errors = new ArrayList<>();
        ScopeKind kind = scope(scope, errors);
        DashboardPeriod period = DashboardPeriod.of(from, to, LocalDate.now(clock), errors);
        return dashboards.answer(
                new GetOutcomesDashboard(viewer, kind, blankAsNull(keyworker), period.from(), period.to()));
    }

    @Operation(summary = "Every measure by quarter, as CSV (team managers)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    @ApiResponse(
            responseCode = "400",
            description = BAD_FILTER,
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "403",
            description = NOT_A_MANAGER,
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/quarters.csv")
    ResponseEntity<String> allCsv(
            Actor viewer,
            @Parameter(description = SCOPE) @RequestParam(required = false) String scope,
            @Parameter(description = KEYWORKER) @RequestParam(required = false) String keyworker,
            @Parameter(description = FROM) @RequestParam(required = false) String from,
            @Parameter(description = TO) @RequestParam(required = false) String to) {
        OutcomesDashboard dashboard = dashboard(viewer, scope, keyworker, from, to);
        return csv("outcome-indicators", dashboard, DashboardCsv.tables(dashboard, null));
    }

    @Operation(summary = "One measure by quarter, as CSV (team managers)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    @ApiResponse(
            responseCode = "400",
            description = BAD_FILTER,
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "403",
            description = NOT_A_MANAGER,
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "404",
            description = "no such measure",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{measure}/quarters.csv")
    ResponseEntity<String> measureCsv(
            Actor viewer,
            @Parameter(description = "the measure, e.g. ADULT_NOT_REOFFENDED") @PathVariable String measure,
            @Parameter(description = SCOPE) @RequestParam(required = false) String scope,
            @Parameter(description = KEYWORKER) @RequestParam(required = false) String keyworker,
            @Parameter(description = FROM) @RequestParam(required = false) String from,
            @Parameter(description = TO) @RequestParam(required = false) String to) {
        Measure asked = measure(measure);
        OutcomesDashboard dashboard = dashboard(viewer, scope, keyworker, from, to);
        return csv(
                asked.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                dashboard,
                DashboardCsv.tables(dashboard, asked.name()));
    }

    @Operation(
            summary = "The people a measure counted in a quarter, with their evidence (team managers)",
            description = "Everyone in the measure's denominator in the quarter, each marked if also in its"
                    + " numerator, by name with their date of birth (existence, visible for matching) and the facts"
                    + " that counted them, as far as the sharing policy shows them to you for measuring outcomes.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = IndicatorPeople.class)))
    @ApiResponse(
            responseCode = "400",
            description = BAD_FILTER,
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "403",
            description = NOT_A_MANAGER,
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "404",
            description = "no such measure",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{measure}/people")
    IndicatorPeople people(
            Actor viewer,
            @Parameter(description = "the measure, e.g. ADULT_NOT_REOFFENDED") @PathVariable String measure,
            @Parameter(description = "the quarter, written 2026-Q4") @RequestParam(required = false) String quarter,
            @Parameter(description = SCOPE) @RequestParam(required = false) String scope,
            @Parameter(description = KEYWORKER) @RequestParam(required = false) String keyworker) {
        Measure asked = measure(measure);
        List<Map<String, String>> errors = new ArrayList<>();
        ScopeKind kind = scope(scope, errors);
        Quarter when = DashboardPeriod.required("quarter", quarter, errors);
        return dashboards.people(new GetIndicatorPeople(viewer, kind, blankAsNull(keyworker), asked, when));
    }

    @ExceptionHandler(InvalidFields.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalid(InvalidFields invalid) {
        return invalid.problem();
    }

    @ExceptionHandler(DashboardFilterRefused.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail refused(DashboardFilterRefused refused) {
        return new InvalidFields(List.of(InvalidFields.error(refused.field(), refused.getMessage()))).problem();
    }

    @ExceptionHandler(NoSuchMeasure.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ProblemDetail noSuchMeasure() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no such measure");
    }

    /** The scope asked for, or null for the default; one not known is added to {@code errors}. */
    private static ScopeKind scope(String scope, List<Map<String, String>> errors) {
        if (scope == null || scope.isBlank()) {
            return null;
        }
        return switch (scope.strip().toLowerCase(Locale.ROOT)) {
            case "team" -> ScopeKind.TEAM;
            case "agency" -> ScopeKind.AGENCY;
            default -> {
                errors.add(InvalidFields.error("scope", "Choose your team or your agency"));
                yield null;
            }
        };
    }

    private static Measure measure(String measure) {
        for (Measure each : Measure.values()) {
            if (each.name().equals(measure)) {
                return each;
            }
        }
        throw new NoSuchMeasure();
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ResponseEntity<String> csv(String name, OutcomesDashboard dashboard, String body) {
        List<String> quarters = dashboard.quarters();
        String file = name + "-" + quarters.get(0) + "-to-" + quarters.get(quarters.size() - 1) + ".csv";
        return CsvTables.download(file, body);
    }

    /** A measure the path names that does not exist. */
    static final class NoSuchMeasure extends RuntimeException {
        NoSuchMeasure() {
            super("no such measure", null, false, false);
        }
    }
}
