package uk.joinedup.caseservice.retention.erasure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.infrastructure.axon.Commands;
import uk.joinedup.caseservice.infrastructure.web.Today;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.retention.erasure.api.ApproveErasure;
import uk.joinedup.caseservice.retention.erasure.api.HoldErasure;
import uk.joinedup.caseservice.retention.erasure.api.ReleaseHold;
import uk.joinedup.caseservice.retention.erasure.record.ErasureList;
import uk.joinedup.caseservice.retention.erasure.record.ErasureRecords;
import uk.joinedup.caseservice.retention.erasure.record.ErasureView;
import uk.joinedup.caseservice.retention.erasure.web.ErasureDecisions.ErasureApprovalRequest;
import uk.joinedup.caseservice.retention.erasure.web.ErasureDecisions.ErasureHoldRequest;
import uk.joinedup.caseservice.retention.erasure.web.ErasureDecisions.HoldReleaseRequest;
import uk.joinedup.caseservice.rules.NoSuchRecord;

/**
 * Erasures for information-governance officers (ADR 31 section 5): proposed by the daily retention review,
 * approved or held here. Everyone else is refused (403).
 */
@Tag(name = "Erasures")
@RestController
@RequestMapping("/api/erasures")
class ErasureController {

    private static final String OFFICERS_ONLY = "not an information-governance officer";
    private static final String REFUSALS = "409 if the erasure changed since the version you saw. Refused (422) with a"
            + " code: information-governance-officers-only, ";
    private static final String MONTH = "Enter the month as YYYY-MM, for example 2032-05";

    private final Commands commands;
    private final ErasureRecords erasures;
    private final Today today;

    ErasureController(Commands commands, ErasureRecords erasures, Today today) {
        this.commands = commands;
        this.erasures = erasures;
        this.today = today;
    }

    @Operation(
            summary = "The erasures by status: proposed, held, approved, and those completed in a month"
                    + " (information-governance officers)",
            description = "Subjects by kind and id only, never a name. completedIn (YYYY-MM) defaults to this month.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ErasureList.class)))
    @ApiResponse(
            responseCode = "400",
            description = "a malformed month",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "403",
            description = OFFICERS_ONLY,
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping
    ErasureList list(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth completedIn) {
        return erasures.list(completedIn != null ? completedIn : YearMonth.from(today.date()));
    }

    @Operation(summary = "One erasure: whose (by id), the schedule and day retention ended, its hold or approval")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ErasureView.class)))
    @ApiResponse(
            responseCode = "404",
            description = "no such erasure",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{erasureId}")
    ErasureView erasure(@PathVariable String erasureId) {
        return erasures.view(erasureId).orElseThrow(NoSuchRecord::new);
    }

    @Operation(
            summary = "Approve a proposed erasure that is not held: the subject's records will be erased",
            description = REFUSALS + "erasure-on-hold, erasure-already-approved.")
    @ApiResponse(responseCode = "204", description = "approved")
    @PostMapping("/{erasureId}/approval")
    ResponseEntity<Void> approve(
            @PathVariable String erasureId, @Valid @RequestBody ErasureApprovalRequest request, Actor actor) {
        commands.send(new ApproveErasure(known(erasureId), request.expectedVersion(), today.date(), actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Hold a proposed erasure (a legal hold, ongoing proceedings) until a review date, with a note",
            description = REFUSALS + "erasure-already-on-hold, erasure-already-approved, hold-note-required,"
                    + " review-date-not-after-hold (the review date is after today).")
    @ApiResponse(responseCode = "204", description = "held")
    @PostMapping("/{erasureId}/hold")
    ResponseEntity<Void> hold(
            @PathVariable String erasureId, @Valid @RequestBody ErasureHoldRequest request, Actor actor) {
        commands.send(new HoldErasure(
                known(erasureId),
                request.expectedVersion(),
                request.reason(),
                request.note(),
                today.date(),
                request.reviewOn(),
                actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Release the hold on an erasure, with a note of why: it is proposed again",
            description = REFUSALS + "erasure-not-on-hold, release-note-required.")
    @ApiResponse(responseCode = "204", description = "released")
    @PostMapping("/{erasureId}/hold-release")
    ResponseEntity<Void> release(
            @PathVariable String erasureId, @Valid @RequestBody HoldReleaseRequest request, Actor actor) {
        commands.send(
                new ReleaseHold(known(erasureId), request.expectedVersion(), request.note(), today.date(), actor));
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badMonth() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are not valid");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", "completedIn", "message", MONTH)));
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The erasure's id, or 404 for an erasure never proposed. */
    private ErasureId known(String erasureId) {
        if (!erasures.exists(erasureId)) {
            throw new NoSuchRecord();
        }
        return new ErasureId(erasureId);
    }
}
