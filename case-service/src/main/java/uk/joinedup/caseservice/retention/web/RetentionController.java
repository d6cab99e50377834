package uk.joinedup.caseservice.retention.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import uk.joinedup.caseservice.retention.due.RetentionDue;
import uk.joinedup.caseservice.retention.schedules.RetentionSchedules;

/** Retention for information-governance officers (ADR 33): the schedules, and whose retention has ended. */
@Tag(name = "Retention")
@RestController
@RequestMapping("/api/retention")
class RetentionController {

    private static final String BY = "Enter the day as YYYY-MM-DD, for example 2032-05-31";

    private final RetentionSchedules schedules;
    private final RetentionDue due;

    RetentionController(RetentionSchedules schedules, RetentionDue due) {
        this.schedules = schedules;
        this.due = due;
    }

    @Operation(
            summary = "The retention schedules, with the basis of each (information-governance officers)",
            description = "Configuration under retention/ in case-service, checked at start-up. A council confirms"
                    + " its own schedule.")
    @GetMapping("/schedules")
    List<RetentionScheduleView> schedules() {
        return schedules.all().stream().map(RetentionScheduleView::of).toList();
    }

    @Operation(
            summary = "People and families whose retention has ended on or before a day, with the schedule and"
                    + " basis that decided it (information-governance officers)",
            description = "Never anyone with an open case. Ids, the deciding category and the day only; nothing"
                    + " else about their facts. Nothing is erased or proposed for erasure by this list.")
    @ApiResponse(
            responseCode = "400",
            description = "a missing or malformed day",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/due")
    RetentionDueList due(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate by) {
        return new RetentionDueList(
                by, due.by(by).stream().map(RetentionDueList.Due::of).toList());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ProblemDetail> badDay() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are not valid");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", "by", "message", BY)));
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
