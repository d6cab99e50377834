package uk.joinedup.caseservice.views.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.family.record.FamilyRecord.CaseStatus;
import uk.joinedup.caseservice.views.caseload.CasePage;
import uk.joinedup.caseservice.views.caseload.CaseloadView;
import uk.joinedup.caseservice.views.caseload.FindCasesWithoutLeadProfessional;
import uk.joinedup.caseservice.views.caseload.FindPeopleRegistered;
import uk.joinedup.caseservice.views.caseload.FindReferralsAwaitingDecision;
import uk.joinedup.caseservice.views.caseload.FindTeamCaseload;
import uk.joinedup.caseservice.views.caseload.FindTransfersAwaitingDecision;
import uk.joinedup.caseservice.views.caseload.GetMyCaseload;
import uk.joinedup.caseservice.views.caseload.Page;
import uk.joinedup.caseservice.views.caseload.ReferralPage;
import uk.joinedup.caseservice.views.caseload.RegisteredPeoplePage;
import uk.joinedup.caseservice.views.caseload.TeamCaseloadView;
import uk.joinedup.caseservice.views.caseload.TransferSummary;

/** Caseloads, inboxes and the team's caseload: every list paged, {@value Page#SIZE} a page. */
@Tag(name = "Caseload")
@RestController
class CaseloadController {

    private static final String PAGE = "page number, from 1; " + Page.SIZE + " a page";

    private final QueryGateway queries;

    CaseloadController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(
            summary = "A page of your families (cases needing attention first), with requests to join and"
                    + " consents ending soon for the families you lead")
    @GetMapping("/api/caseload")
    CaseloadView mine(Actor viewer, @Parameter(description = PAGE) @RequestParam(defaultValue = "1") int page) {
        return queries.query(new GetMyCaseload(viewer, valid(page)), CaseloadView.class)
                .join();
    }

    @Operation(summary = "A page of the people you registered, newest first")
    @GetMapping("/api/people/registered-by-me")
    RegisteredPeoplePage registeredByMe(
            Actor viewer, @Parameter(description = PAGE) @RequestParam(defaultValue = "1") int page) {
        return queries.query(new FindPeopleRegistered(viewer, valid(page)), RegisteredPeoplePage.class)
                .join();
    }

    @Operation(summary = "A page of referrals awaiting a decision, oldest first (team managers; empty for anyone else)")
    @GetMapping("/api/referrals/awaiting-decision")
    ReferralPage awaitingDecision(
            Actor viewer, @Parameter(description = PAGE) @RequestParam(defaultValue = "1") int page) {
        return queries.query(new FindReferralsAwaitingDecision(viewer, valid(page)), ReferralPage.class)
                .join();
    }

    @Operation(
            summary = "Transfers of cases to your agency awaiting its decision, oldest first (team managers; empty for"
                    + " anyone else)")
    @GetMapping("/api/transfers/awaiting-decision")
    List<TransferSummary> transfersAwaitingDecision(Actor viewer) {
        return queries.query(
                        new FindTransfersAwaitingDecision(viewer),
                        ResponseTypes.multipleInstancesOf(TransferSummary.class))
                .join();
    }

    @Operation(summary = "A page of open cases with no lead professional (team managers; empty for anyone else)")
    @GetMapping("/api/cases/without-lead-professional")
    CasePage withoutLead(Actor viewer, @Parameter(description = PAGE) @RequestParam(defaultValue = "1") int page) {
        return queries.query(new FindCasesWithoutLeadProfessional(viewer, valid(page)), CasePage.class)
                .join();
    }

    @Operation(
            summary = "A page of your team's cases, most needing attention first (team managers)",
            description = "The cases of the families whose team a member of your team (within your agency, as"
                    + " your sign-in names it) is on: overdue plan actions, then an overdue review, no lead"
                    + " professional, a referral awaiting a decision.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TeamCaseloadView.class)))
    @ApiResponse(
            responseCode = "403",
            description = "not a team manager",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/api/caseload/team")
    TeamCaseloadView team(
            Actor viewer,
            @Parameter(description = "only this member's cases (their user id)") @RequestParam(required = false)
                    String keyworker,
            @Parameter(description = "only cases standing so; by default every case not closed")
                    @RequestParam(required = false)
                    CaseStatus status,
            @Parameter(description = PAGE) @RequestParam(defaultValue = "1") int page) {
        // Only team managers get here (SecurityConfiguration).
        String who = keyworker == null || keyworker.isBlank() ? null : keyworker.strip();
        return queries.query(new FindTeamCaseload(viewer, who, status, valid(page)), TeamCaseloadView.class)
                .join();
    }

    @ExceptionHandler(PageOutOfRange.class)
    ResponseEntity<ProblemDetail> pageOutOfRange() {
        return invalid("page", "Pages are numbered from 1");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException mismatch) {
        String field = mismatch.getName();
        return invalid(
                field,
                "status".equals(field)
                        ? "Choose a status: " + List.of(CaseStatus.values())
                        : "Enter a whole number from 1");
    }

    private static int valid(int page) {
        if (page < 1) {
            throw new PageOutOfRange();
        }
        return page;
    }

    private static ResponseEntity<ProblemDetail> invalid(String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are not valid");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** A page number below 1. */
    private static final class PageOutOfRange extends RuntimeException {

        PageOutOfRange() {
            super("Pages are numbered from 1", null, false, false);
        }
    }
}
