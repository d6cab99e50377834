package uk.joinedup.caseservice.outcomes.claims.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.infrastructure.axon.Commands;
import uk.joinedup.caseservice.infrastructure.web.CsvTables;
import uk.joinedup.caseservice.infrastructure.web.InvalidFields;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimId;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimsList;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimsList.RowStatus;
import uk.joinedup.caseservice.outcomes.claims.api.DraftClaim;
import uk.joinedup.caseservice.outcomes.claims.api.FamilyClaims;
import uk.joinedup.caseservice.outcomes.claims.api.FamilyClaims.EvidenceFact;
import uk.joinedup.caseservice.outcomes.claims.api.FamilyClaims.ResultClaim;
import uk.joinedup.caseservice.outcomes.claims.api.FamilyClaims.SchemeEvaluation;
import uk.joinedup.caseservice.outcomes.claims.api.FindClaims;
import uk.joinedup.caseservice.outcomes.claims.api.GetFamilyClaims;
import uk.joinedup.caseservice.outcomes.claims.api.JudgedResult;
import uk.joinedup.caseservice.outcomes.claims.api.RecordClaimPaid;
import uk.joinedup.caseservice.outcomes.claims.api.RecordClaimRejected;
import uk.joinedup.caseservice.outcomes.claims.api.SubmitClaim;
import uk.joinedup.caseservice.outcomes.claims.web.ClaimRequests.DraftRequest;
import uk.joinedup.caseservice.outcomes.claims.web.ClaimRequests.PaidRequest;
import uk.joinedup.caseservice.outcomes.claims.web.ClaimRequests.RejectedRequest;
import uk.joinedup.caseservice.outcomes.claims.web.ClaimRequests.SubmitRequest;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.rules.NoSuchRecord;

/** Payment-by-results claims of a team manager's agency: the list, a family's evidence, and the claims. */
@Tag(name = "Outcomes")
@RestController
@RequestMapping("/api/outcomes/claims")
class ClaimsController {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String NOT_A_MANAGER = "not a team manager";
    private static final String NOT_YOURS =
            "no such family among those your agency is involved in, or no such" + " scheme or result";
    private static final String REFUSALS = " Refused (422) with a code: case-managers-only, and ";
    private static final String RESULT_PATH = "/families/{familyId}/schemes/{scheme}/results/{result}";

    private final Commands commands;
    private final QueryGateway queries;
    private final Clock clock;

    ClaimsController(Commands commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @Operation(
            summary = "Claims: for the families your agency is involved in, each result of each scheme they are"
                    + " eligible for or have been claimed for, with what it earns and its claim (team managers)",
            description = "Judged today from the facts the sharing policy shows you for measuring outcomes (ADR 21);"
                    + " familiesWithFactsWithheld says how many families had facts you may not see.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ClaimsList.class)))
    @ApiResponse(
            responseCode = "400",
            description = "an unknown scheme or status, or a page below 1",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "403",
            description = NOT_A_MANAGER,
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping
    ClaimsList claims(
            Actor viewer,
            @Parameter(description = "a scheme's id, e.g. troubled-families-phase-1") @RequestParam(required = false)
                    String scheme,
            @Parameter(description = "NOT_CLAIMED, DRAFT, SUBMITTED, PAID or REJECTED") @RequestParam(required = false)
                    String status,
            @Parameter(description = "page number, from 1; " + ClaimsList.PAGE_SIZE + " rows a page")
                    @RequestParam(defaultValue = "1")
                    int page) {
        if (page < 1) {
            throw new InvalidFields(List.of(InvalidFields.error("page", "Pages are numbered from 1")));
        }
        return whole(viewer, scheme, status).onPage(page);
    }

    @Operation(summary = "The claims list as CSV, with the same filters (team managers)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    @ApiResponse(
            responseCode = "403",
            description = NOT_A_MANAGER,
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/export.csv")
    ResponseEntity<String> claimsCsv(
            Actor viewer,
            @RequestParam(required = false) String scheme,
            @RequestParam(required = false) String status) {
        ClaimsList list = whole(viewer, scheme, status);
        return CsvTables.download("claims-" + list.judgedOn() + ".csv", ClaimsCsv.of(list));
    }

    @Operation(
            summary = "One family evaluated under every scheme, each criterion with the facts that satisfied it and"
                    + " those that did not, and each result's claims (team managers of an agency involved in the"
                    + " case)",
            description = "Only facts the sharing policy shows you for measuring outcomes are read; factsWithheld"
                    + " counts the others. The view is logged.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FamilyClaims.class)))
    @ApiResponse(
            responseCode = "404",
            description = NOT_YOURS,
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/families/{familyId}")
    FamilyClaims family(@PathVariable String familyId, Actor viewer) {
        return familyClaims(familyId, viewer, true);
    }

    @Operation(
            summary = "Draft a claim for a result the family has achieved today, with its evidence and amount (Troubled"
                    + " Families' attachment fee is the result attachmentFee, achieved when the family meets the entry"
                    + " criteria)",
            description = REFUSALS + "result-not-achieved, already-claimed (naming the earlier claim, its status and"
                    + " date: a result is claimed again only after a rejection). 409 if someone else claimed it"
                    + " since the version you saw.")
    @ApiResponse(responseCode = "201", description = "drafted")
    @ApiResponse(
            responseCode = "404",
            description = NOT_YOURS,
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(RESULT_PATH)
    ResponseEntity<Drafted> draft(
            @PathVariable String familyId,
            @PathVariable String scheme,
            @PathVariable String result,
            @Valid @RequestBody DraftRequest request,
            Actor actor) {
        FamilyClaims family = familyClaims(familyId, actor, false);
        SchemeEvaluation evaluation = family.schemes().stream()
                .filter(one -> one.scheme().equals(scheme))
                .findFirst()
                .orElseThrow(NoSuchRecord::new);
        ResultClaim found = resultOf(family, scheme, result);
        JudgedResult judged = new JudgedResult(
                family.judgedOn(),
                found.achieved(),
                evaluation.paymentYear(),
                found.earned(),
                found.finding().satisfiedBy().stream()
                        .map(EvidenceFact::factId)
                        .map(FactId::new)
                        .toList());
        ClaimId claimId = new ClaimId(found.claimId());
        commands.send(new DraftClaim(
                claimId,
                request.expectedVersion(),
                scheme,
                new FamilyId(familyId),
                result,
                judged,
                true,
                today(),
                actor));
        int number = found.claims().size() + 1;
        return ResponseEntity.status(HttpStatus.CREATED).body(new Drafted(claimId.value(), claimId.reference(number)));
    }

    @Operation(
            summary = "Submit the drafted claim",
            description = REFUSALS + "claim-not-draft. 409 on a stale version.")
    @PostMapping(RESULT_PATH + "/submission")
    ResponseEntity<Void> submit(
            @PathVariable String familyId,
            @PathVariable String scheme,
            @PathVariable String result,
            @Valid @RequestBody SubmitRequest request,
            Actor actor) {
        ClaimId claimId = claimed(familyId, scheme, result, actor);
        commands.send(new SubmitClaim(claimId, request.expectedVersion(), true, today(), actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Record that the submitted claim was paid",
            description = REFUSALS + "claim-not-submitted, answered-outside-its-time. 409 on a stale version.")
    @PostMapping(RESULT_PATH + "/payment")
    ResponseEntity<Void> paid(
            @PathVariable String familyId,
            @PathVariable String scheme,
            @PathVariable String result,
            @Valid @RequestBody PaidRequest request,
            Actor actor) {
        ClaimId claimId = claimed(familyId, scheme, result, actor);
        commands.send(new RecordClaimPaid(claimId, request.expectedVersion(), request.paidOn(), true, today(), actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Record that the submitted claim was rejected, and why: the result may then be claimed again",
            description = REFUSALS + "claim-not-submitted, answered-outside-its-time. 409 on a stale version.")
    @PostMapping(RESULT_PATH + "/rejection")
    ResponseEntity<Void> rejected(
            @PathVariable String familyId,
            @PathVariable String scheme,
            @PathVariable String result,
            @Valid @RequestBody RejectedRequest request,
            Actor actor) {
        ClaimId claimId = claimed(familyId, scheme, result, actor);
        commands.send(new RecordClaimRejected(
                claimId, request.expectedVersion(), request.rejectedOn(), request.reason(), true, today(), actor));
        return ResponseEntity.noContent().build();
    }

    /** Every row of the claims list with these filters, or 400 for an unknown scheme or status. */
    private ClaimsList whole(Actor viewer, String scheme, String status) {
        RowStatus wanted = statusOf(status);
        ClaimsList list = queries.query(
                        new FindClaims(viewer, blankToNull(scheme), wanted), ResponseTypes.instanceOf(ClaimsList.class))
                .join();
        if (scheme != null
                && !scheme.isBlank()
                && list.schemes().stream().noneMatch(option -> option.id().equals(scheme))) {
            throw new InvalidFields(List.of(InvalidFields.error("scheme", "Choose a scheme from the list")));
        }
        return list;
    }

    @ExceptionHandler(InvalidFields.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalid(InvalidFields invalid) {
        return invalid.problem();
    }

    /** The claims of a result the actor may act on: 404 for a family outside their scope or no claim yet. */
    private ClaimId claimed(String familyId, String scheme, String result, Actor actor) {
        ResultClaim found = resultOf(familyClaims(familyId, actor, false), scheme, result);
        if (found.claims().isEmpty()) {
            throw new NoSuchRecord();
        }
        return new ClaimId(found.claimId());
    }

    private static ResultClaim resultOf(FamilyClaims family, String scheme, String result) {
        return Optional.ofNullable(family.result(scheme, result)).orElseThrow(NoSuchRecord::new);
    }

    /** The family's claims, logged as the actor's view of it only when shown to them. */
    private FamilyClaims familyClaims(String familyId, Actor actor, boolean shown) {
        return queries.query(
                        new GetFamilyClaims(actor, familyId, shown),
                        ResponseTypes.optionalInstanceOf(FamilyClaims.class))
                .join()
                .orElseThrow(NoSuchRecord::new);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    private static RowStatus statusOf(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return RowStatus.valueOf(status);
        } catch (IllegalArgumentException unknown) {
            String choices = String.join(
                    ", ", Arrays.stream(RowStatus.values()).map(Enum::name).toList());
            throw new InvalidFields(List.of(InvalidFields.error("status", "Choose a status: " + choices)));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * A drafted claim.
     *
     * @param claimId the id of the result's claims
     * @param reference the new claim's reference
     */
    record Drafted(String claimId, String reference) {}
}
