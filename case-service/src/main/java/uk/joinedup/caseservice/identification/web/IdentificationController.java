package uk.joinedup.caseservice.identification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
import uk.joinedup.caseservice.family.api.AddFamilyMember;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.RegisterFamily;
import uk.joinedup.caseservice.family.api.Relationship;
import uk.joinedup.caseservice.family.api.Standing;
import uk.joinedup.caseservice.identification.api.CandidateId;
import uk.joinedup.caseservice.identification.api.CandidatesList;
import uk.joinedup.caseservice.identification.api.DecideOnCandidate;
import uk.joinedup.caseservice.identification.api.FindCandidates;
import uk.joinedup.caseservice.identification.api.FoundCandidate;
import uk.joinedup.caseservice.identification.api.GetCandidate;
import uk.joinedup.caseservice.identification.web.IdentificationRequests.DecisionRequest;
import uk.joinedup.caseservice.identification.web.IdentificationRequests.HouseholdRequest;
import uk.joinedup.caseservice.identification.web.IdentificationRequests.RegisteredFamily;
import uk.joinedup.caseservice.infrastructure.axon.Commands;
import uk.joinedup.caseservice.infrastructure.web.Today;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.rules.NoSuchRecord;

/** Families who may meet a programme's criteria, for the early-help team's managers to judge (ADR 29). */
@Tag(name = "Early identification")
@RestController
@RequestMapping("/api/identification/candidates")
class IdentificationController {

    private static final String NOT_EARLY_HELP = "not a team manager of an early-help team";
    private static final String UNKNOWN = "no such candidate on your list today";

    private final Commands commands;
    private final QueryGateway queries;
    private final Today today;

    IdentificationController(Commands commands, QueryGateway queries, Today today) {
        this.commands = commands;
        this.queries = queries;
        this.today = today;
    }

    @Operation(
            summary = "Families and households who may meet the Troubled Families entry criteria or show a Supporting"
                    + " Families need today, best first (early-help team managers)",
            description = "Registered families with no open case, and households assembled from the data (people at"
                    + " one address, a parent named on a child's record) not already one family. Judged today from"
                    + " the facts the sharing policy shows you for early identification: another agency's fact"
                    + " counts only under a consent or sharing agreement naming EARLY_IDENTIFICATION; factsWithheld"
                    + " counts the others of the kinds the criteria read. Nobody is labelled by it.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CandidatesList.class)))
    @ApiResponse(
            responseCode = "403",
            description = NOT_EARLY_HELP,
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping
    CandidatesList candidates(Actor viewer) {
        return queries.query(new FindCandidates(viewer), ResponseTypes.instanceOf(CandidatesList.class))
                .join();
    }

    @Operation(
            summary = "Record your decision on a candidate: REFER (then register the family or referral in the"
                    + " casework), NOT_NOW or NOT_ELIGIBLE (it stays listed, marked), with a reason",
            description = "Refused (422) with a code: early-help-managers-only, reason-required, reason-too-long,"
                    + " already-decided (the same decision for the same reason as the latest).")
    @ApiResponse(responseCode = "204", description = "recorded")
    @ApiResponse(
            responseCode = "400",
            description = "a missing decision or reason, or a reason over 500 characters",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "404",
            description = UNKNOWN,
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/{candidateId}/decision")
    ResponseEntity<Void> decide(
            @PathVariable String candidateId, @Valid @RequestBody DecisionRequest request, Actor actor) {
        FoundCandidate found = found(candidateId, actor);
        CandidateId id = new CandidateId(found.candidate().candidateId());
        commands.send(
                new DecideOnCandidate(id, membersOf(found), request.decision(), request.reason(), today.date(), actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Confirm a proposed household as a family: registers the family with the household's members"
                    + " (parents as PARENT, children as CHILD), as you",
            description = "422 not-a-household for a registered family's candidate.")
    @ApiResponse(responseCode = "201", description = "registered")
    @ApiResponse(
            responseCode = "404",
            description = UNKNOWN,
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/{candidateId}/household")
    ResponseEntity<RegisteredFamily> confirmHousehold(
            @PathVariable String candidateId, @Valid @RequestBody HouseholdRequest request, Actor actor) {
        FoundCandidate found = found(candidateId, actor);
        if (found.candidate().kind() != CandidatesList.Kind.HOUSEHOLD) {
            throw new NotAHousehold();
        }
        FamilyId familyId = new FamilyId(UUID.randomUUID().toString());
        commands.send(new RegisterFamily(familyId, request.name().strip(), actor));
        for (Map.Entry<String, Relationship> member : found.roles().entrySet()) {
            commands.send(new AddFamilyMember(
                    familyId,
                    null,
                    new PersonId(member.getKey()),
                    member.getValue(),
                    today.date(),
                    today.date(),
                    Standing.REGISTERING_AGENCY,
                    actor));
        }
        return ResponseEntity.created(URI.create("/api/families/" + familyId.value()))
                .body(new RegisteredFamily(familyId.value()));
    }

    /** A household's members, by whom their erasure finds the decision; none for a registered family. */
    private static Set<PersonId> membersOf(FoundCandidate found) {
        if (found.candidate().kind() != CandidatesList.Kind.HOUSEHOLD) {
            return Set.of();
        }
        return found.roles().keySet().stream().map(PersonId::new).collect(Collectors.toSet());
    }

    /** The candidate on the actor's list today, or 404. */
    private FoundCandidate found(String candidateId, Actor actor) {
        return queries.query(
                        new GetCandidate(actor, new CandidateId(candidateId)),
                        ResponseTypes.optionalInstanceOf(FoundCandidate.class))
                .join()
                .orElseThrow(NoSuchRecord::new);
    }
}
