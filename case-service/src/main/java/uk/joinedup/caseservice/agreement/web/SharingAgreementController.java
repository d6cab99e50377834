package uk.joinedup.caseservice.agreement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agreement.api.AgreementId;
import uk.joinedup.caseservice.agreement.api.EndSharingAgreement;
import uk.joinedup.caseservice.agreement.api.RegisterSharingAgreement;
import uk.joinedup.caseservice.agreement.api.ReviseSharingAgreement;
import uk.joinedup.caseservice.agreement.record.AgreementSummary;
import uk.joinedup.caseservice.agreement.record.AgreementView;
import uk.joinedup.caseservice.agreement.record.FindSharingAgreements;
import uk.joinedup.caseservice.agreement.record.GetSharingAgreement;
import uk.joinedup.caseservice.agreement.web.AgreementRequests.EndRequest;
import uk.joinedup.caseservice.agreement.web.AgreementRequests.RevisionRequest;
import uk.joinedup.caseservice.agreement.web.AgreementRequests.TermsRequest;
import uk.joinedup.caseservice.infrastructure.axon.Commands;

@Tag(name = "Sharing agreements")
@RestController
@RequestMapping("/api/sharing-agreements")
class SharingAgreementController {

    private final Commands commands;
    private final QueryGateway queries;

    SharingAgreementController(Commands commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(
            summary = "Register an information sharing agreement, version 1 (information-governance officers)",
            description = "Refused (422) with a code: information-governance-only, parties-required (at least two"
                    + " parties, or one kind of agency), lawful-basis-required, special-category-needs-condition,"
                    + " review-not-after-start, end-not-after-start.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<Created> registerAgreement(@Valid @RequestBody TermsRequest request, Actor actor) {
        AgreementId agreementId = new AgreementId(UUID.randomUUID().toString());
        commands.send(new RegisterSharingAgreement(agreementId, request.toTerms(), actor));
        return ResponseEntity.created(URI.create("/api/sharing-agreements/" + agreementId))
                .body(new Created(agreementId.value()));
    }

    @Operation(
            summary = "Revise an agreement with its full new terms: the next version (information-governance"
                    + " officers)",
            description = "Refused (422) with a code: agreement-ended, revision-changes-nothing, and the codes of"
                    + " registration.")
    @PostMapping("/{agreementId}/revisions")
    ResponseEntity<Void> reviseAgreement(
            @PathVariable String agreementId, @Valid @RequestBody RevisionRequest request, Actor actor) {
        commands.send(new ReviseSharingAgreement(
                new AgreementId(agreementId), request.terms().toTerms(), request.reason(), actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "End an agreement: it applies up to and including its last day (information-governance"
                    + " officers)",
            description = "Refused (422) with a code: agreement-already-ended, ended-before-it-started.")
    @PostMapping("/{agreementId}/end")
    ResponseEntity<Void> endAgreement(
            @PathVariable String agreementId, @Valid @RequestBody EndRequest request, Actor actor) {
        commands.send(new EndSharingAgreement(new AgreementId(agreementId), request.endsOn(), request.reason(), actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Every sharing agreement in its current version, with whether it is ended or overdue review")
    @GetMapping
    List<AgreementSummary> agreements(Actor viewer) {
        return queries.query(
                        new FindSharingAgreements(viewer), ResponseTypes.multipleInstancesOf(AgreementSummary.class))
                .join();
    }

    @Operation(summary = "One sharing agreement with every version, oldest first")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @GetMapping("/{agreementId}")
    ResponseEntity<?> agreement(@PathVariable String agreementId, Actor viewer) {
        Optional<AgreementView> view = queries.query(
                        new GetSharingAgreement(agreementId, viewer),
                        ResponseTypes.optionalInstanceOf(AgreementView.class))
                .join();
        return view.<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such agreement")));
    }

    /** The id of what a request created. */
    record Created(String id) {}
}
