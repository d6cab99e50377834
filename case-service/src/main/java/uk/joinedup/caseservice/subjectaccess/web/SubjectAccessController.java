package uk.joinedup.caseservice.subjectaccess.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.infrastructure.axon.Commands;
import uk.joinedup.caseservice.infrastructure.web.Today;
import uk.joinedup.caseservice.person.api.IsPersonRegistered;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.rules.NoSuchRecord;
import uk.joinedup.caseservice.subjectaccess.api.CloseSubjectAccessRequest;
import uk.joinedup.caseservice.subjectaccess.api.ExtendSubjectAccessDeadline;
import uk.joinedup.caseservice.subjectaccess.api.GetSubjectAccessResponse;
import uk.joinedup.caseservice.subjectaccess.api.IsRedactedItem;
import uk.joinedup.caseservice.subjectaccess.api.OverrideRedaction;
import uk.joinedup.caseservice.subjectaccess.api.ReleaseSubjectAccessResponse;
import uk.joinedup.caseservice.subjectaccess.api.RestoreRedaction;
import uk.joinedup.caseservice.subjectaccess.api.StartSubjectAccessRequest;
import uk.joinedup.caseservice.subjectaccess.api.SubjectAccessRequestId;
import uk.joinedup.caseservice.subjectaccess.api.SubjectAccessResponse;
import uk.joinedup.caseservice.subjectaccess.record.SubjectAccessRequestRecords;
import uk.joinedup.caseservice.subjectaccess.record.SubjectAccessRequestView;
import uk.joinedup.caseservice.subjectaccess.web.SubjectAccessRequests.ClosureRequest;
import uk.joinedup.caseservice.subjectaccess.web.SubjectAccessRequests.ExtensionRequest;
import uk.joinedup.caseservice.subjectaccess.web.SubjectAccessRequests.OverrideRequest;
import uk.joinedup.caseservice.subjectaccess.web.SubjectAccessRequests.ReleaseRequest;
import uk.joinedup.caseservice.subjectaccess.web.SubjectAccessRequests.RestoreRequest;
import uk.joinedup.caseservice.subjectaccess.web.SubjectAccessRequests.StartRequest;
import uk.joinedup.caseservice.subjectaccess.web.SubjectAccessRequests.StartedRequest;

/** Subject access requests for information-governance officers (ADR 32); everyone else is refused (403). */
@Tag(name = "Subject access")
@RestController
@RequestMapping("/api/subject-access-requests")
class SubjectAccessController {

    private static final String OFFICERS_ONLY = "not an information-governance officer";
    private static final String REFUSALS =
            " Refused (422) with a code: information-governance-officers-only," + " request-not-open";

    private final Commands commands;
    private final QueryGateway queries;
    private final SubjectAccessRequestRecords requests;
    private final Today today;

    SubjectAccessController(
            Commands commands, QueryGateway queries, SubjectAccessRequestRecords requests, Today today) {
        this.commands = commands;
        this.queries = queries;
        this.requests = requests;
        this.today = today;
    }

    @Operation(
            summary = "Start a subject access request for a registered person (information-governance officers)",
            description = "Due one calendar month after the day it was received (the same day next month, or that"
                    + " month's last day). Refused (422) with a code: person-not-registered, requester-name-required,"
                    + " dated-in-future, information-governance-officers-only.")
    @ApiResponse(responseCode = "201", description = "started")
    @ApiResponse(
            responseCode = "403",
            description = OFFICERS_ONLY,
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping
    ResponseEntity<StartedRequest> start(@Valid @RequestBody StartRequest request, Actor actor) {
        PersonId personId = new PersonId(request.personId().strip());
        if (!Boolean.TRUE.equals(
                queries.query(new IsPersonRegistered(personId), Boolean.class).join())) {
            throw new PersonNotRegistered();
        }
        SubjectAccessRequestId requestId =
                new SubjectAccessRequestId(UUID.randomUUID().toString());
        commands.send(new StartSubjectAccessRequest(
                requestId,
                personId,
                request.requester(),
                request.requesterName(),
                request.identityCheck(),
                request.identityNote(),
                request.receivedOn(),
                today.date(),
                actor));
        return ResponseEntity.created(URI.create("/api/subject-access-requests/" + requestId.value()))
                .body(new StartedRequest(requestId.value()));
    }

    @Operation(summary = "The open subject access requests, soonest due first (information-governance officers)")
    @ApiResponse(
            responseCode = "200",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = SubjectAccessRequestView.class))))
    @ApiResponse(
            responseCode = "403",
            description = OFFICERS_ONLY,
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping
    List<SubjectAccessRequestView> open() {
        return requests.open(today.date());
    }

    @Operation(
            summary = "One subject access request: who asked, its deadline as extended and the days left to it, its"
                    + " overrides, how it ended")
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = SubjectAccessRequestView.class)))
    @ApiResponse(
            responseCode = "404",
            description = "no such request",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{requestId}")
    SubjectAccessRequestView request(@PathVariable String requestId) {
        return requests.view(requestId, today.date()).orElseThrow(NoSuchRecord::new);
    }

    @Operation(
            summary = "The response to a subject access request as it stands: everything held about the person,"
                    + " with other people's information redacted (each with its reason) unless overridden",
            description = "Assembled from the records now, for the whole council (not filtered by your sharing"
                    + " policy), and logged in the access log as a SUBJECT_ACCESS view of the person.")
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = SubjectAccessResponse.class)))
    @ApiResponse(
            responseCode = "404",
            description = "no such request",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{requestId}/response")
    SubjectAccessResponse response(@PathVariable String requestId, Actor actor) {
        return queries.query(
                        new GetSubjectAccessResponse(new SubjectAccessRequestId(requestId), actor),
                        ResponseTypes.optionalInstanceOf(SubjectAccessResponse.class))
                .join()
                .orElseThrow(NoSuchRecord::new);
    }

    @Operation(
            summary = "Release a redacted item of the response as it is, with a note of why",
            description = "409 if the request changed since the version you saw." + REFUSALS
                    + ", override-note-required, redaction-already-overridden, no-such-redaction (the response as it"
                    + " stands redacts no item with this id).")
    @ApiResponse(responseCode = "204", description = "overridden")
    @PostMapping("/{requestId}/overrides")
    ResponseEntity<Void> override(
            @PathVariable String requestId, @Valid @RequestBody OverrideRequest request, Actor actor) {
        SubjectAccessRequestId id = known(requestId);
        String itemId = request.itemId().strip();
        if (!Boolean.TRUE.equals(
                queries.query(new IsRedactedItem(id, itemId), Boolean.class).join())) {
            throw new NoSuchRedaction();
        }
        commands.send(new OverrideRedaction(id, request.expectedVersion(), itemId, request.note(), actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Take back an override: the item is redacted again",
            description =
                    "409 if the request changed since the version you saw." + REFUSALS + ", redaction-not-overridden.")
    @ApiResponse(responseCode = "204", description = "restored")
    @PostMapping("/{requestId}/restorations")
    ResponseEntity<Void> restore(
            @PathVariable String requestId, @Valid @RequestBody RestoreRequest request, Actor actor) {
        commands.send(new RestoreRedaction(
                known(requestId), request.expectedVersion(), request.itemId().strip(), actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Extend the deadline by one or two further months, because the request is complex or one of a"
                    + " number (UK GDPR Art. 12(3)), with the reasons the person is told",
            description = "Decided today, within the first month (by the statutory deadline); at most three months"
                    + " after the request was received in all. 409 if the request changed since the version you saw."
                    + REFUSALS
                    + ", extension-after-first-month, deadline-already-extended-to-maximum,"
                    + " extension-beyond-three-months.")
    @ApiResponse(responseCode = "204", description = "extended")
    @PostMapping("/{requestId}/extension")
    ResponseEntity<Void> extend(
            @PathVariable String requestId, @Valid @RequestBody ExtensionRequest request, Actor actor) {
        commands.send(new ExtendSubjectAccessDeadline(
                known(requestId),
                request.expectedVersion(),
                request.months(),
                request.reason(),
                request.note(),
                today.date(),
                actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Release the response, as reviewed, to the requester: the request is answered",
            description = "409 if the request changed since the version you saw." + REFUSALS + ".")
    @ApiResponse(responseCode = "204", description = "released")
    @PostMapping("/{requestId}/release")
    ResponseEntity<Void> release(
            @PathVariable String requestId, @Valid @RequestBody ReleaseRequest request, Actor actor) {
        commands.send(
                new ReleaseSubjectAccessResponse(known(requestId), request.expectedVersion(), today.date(), actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Close the request without a response, for a reason (withdrawn, identity not verified,"
                    + " manifestly unfounded or excessive)",
            description = "409 if the request changed since the version you saw." + REFUSALS + ", reason-required.")
    @ApiResponse(responseCode = "204", description = "closed")
    @PostMapping("/{requestId}/closure")
    ResponseEntity<Void> close(
            @PathVariable String requestId, @Valid @RequestBody ClosureRequest request, Actor actor) {
        commands.send(new CloseSubjectAccessRequest(
                known(requestId), request.expectedVersion(), request.reason(), today.date(), actor));
        return ResponseEntity.noContent().build();
    }

    /** The request's id, or 404 for a request never started. */
    private SubjectAccessRequestId known(String requestId) {
        return requests.view(requestId, today.date())
                .map(found -> new SubjectAccessRequestId(found.requestId()))
                .orElseThrow(NoSuchRecord::new);
    }
}
