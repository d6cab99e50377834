package uk.joinedup.caseservice.family.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.PractitionerDirectory;
import uk.joinedup.caseservice.family.api.AcceptTransfer;
import uk.joinedup.caseservice.family.api.DeclineTransfer;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.ProposeTransfer;
import uk.joinedup.caseservice.family.api.TransferId;
import uk.joinedup.caseservice.family.web.FamilyRequests.MemberRequest;
import uk.joinedup.caseservice.infrastructure.axon.Commands;
import uk.joinedup.caseservice.infrastructure.web.Today;

/**
 * Moving a family's case to another agency: the lead professional or a team manager of the case proposes it with
 * the receiving practitioner, and a team manager of the receiving agency accepts (the case is handed over) or
 * declines. Until then the case stays with its lead professional.
 */
@Tag(name = "Families")
@RestController
class TransferController {

    private final Commands commands;
    private final Standings standings;
    private final PractitionerDirectory directory;
    private final Today today;

    TransferController(Commands commands, Standings standings, PractitionerDirectory directory, Today today) {
        this.commands = commands;
        this.standings = standings;
        this.directory = directory;
        this.today = today;
    }

    @Operation(
            summary = "Propose moving the case to another agency, naming its practitioner who would lead it (the lead"
                    + " professional or a team manager of the case); 409 if the family changed",
            description = "The practitioner is named by username: their name and agency come from the staff directory."
                    + " Refused (422) with a code: lead-or-manager-only, case-not-open, no-lead-professional,"
                    + " transfer-already-proposed, transfer-within-the-agency.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/families/{familyId}/transfers")
    ResponseEntity<FamilyController.Created> propose(
            @PathVariable String familyId, @Valid @RequestBody ProposalRequest request, Actor actor) {
        FamilyId family = new FamilyId(familyId);
        TransferId transferId = new TransferId(UUID.randomUUID().toString());
        commands.send(new ProposeTransfer(
                family,
                request.expectedVersion(),
                transferId,
                new MemberRequest(request.proposedLead(), null, null).toMember(directory),
                request.reason(),
                today.or(request.proposedOn()),
                today.date(),
                standings.of(family, actor),
                actor));
        return ResponseEntity.created(URI.create("/api/families/" + familyId))
                .body(new FamilyController.Created(transferId.value()));
    }

    @Operation(
            summary =
                    "Accept a transfer to your agency (its team managers): the case is handed over to the practitioner"
                            + " proposed, or another of your agency you name; 409 if the family changed",
            description = "Refused (422) with a code: no-such-transfer, receiving-managers-only,"
                    + " new-lead-of-another-agency, decided-before-proposed.")
    @PostMapping("/api/families/{familyId}/transfers/{transferId}/acceptance")
    ResponseEntity<Void> accept(
            @PathVariable String familyId,
            @PathVariable String transferId,
            @Valid @RequestBody AcceptanceRequest request,
            Actor actor) {
        commands.send(new AcceptTransfer(
                new FamilyId(familyId),
                request.expectedVersion(),
                new TransferId(transferId),
                request.newLead() == null || request.newLead().isBlank()
                        ? null
                        : new MemberRequest(request.newLead(), null, null).toMember(directory),
                today.or(request.acceptedOn()),
                today.date(),
                actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Decline a transfer to your agency, saying why (its team managers): the case stays where it is",
            description =
                    "Refused (422) with a code: no-such-transfer, receiving-managers-only, decided-before-proposed.")
    @PostMapping("/api/families/{familyId}/transfers/{transferId}/decline")
    ResponseEntity<Void> decline(
            @PathVariable String familyId,
            @PathVariable String transferId,
            @Valid @RequestBody TransferDeclineRequest request,
            Actor actor) {
        commands.send(new DeclineTransfer(
                new FamilyId(familyId),
                new TransferId(transferId),
                request.reason(),
                today.or(request.declinedOn()),
                today.date(),
                actor));
        return ResponseEntity.noContent().build();
    }

    record ProposalRequest(
            @NotNull(message = FamilyRequests.SEEN_VERSION) Long expectedVersion,
            @NotBlank(message = "Choose the practitioner who would lead the case")
                    @Size(max = 100, message = "The username must be 100 characters or fewer")
                    String proposedLead,
            @NotBlank(message = "Enter why the case should move")
                    @Size(max = 2000, message = "The reason must be 2,000 characters or fewer")
                    String reason,
            @PastOrPresent(message = "The date proposed must be today or in the past") LocalDate proposedOn) {}

    record AcceptanceRequest(
            @NotNull(message = FamilyRequests.SEEN_VERSION) Long expectedVersion,
            @Size(max = 100, message = "The username must be 100 characters or fewer") String newLead,
            @PastOrPresent(message = "The date accepted must be today or in the past") LocalDate acceptedOn) {}

    /** Named apart from the referral's decline: the API description names schemas by their simple name. */
    record TransferDeclineRequest(
            @NotBlank(message = "Enter why the transfer is declined")
                    @Size(max = 2000, message = "The reason must be 2,000 characters or fewer")
                    String reason,
            @PastOrPresent(message = "The date declined must be today or in the past") LocalDate declinedOn) {}
}
