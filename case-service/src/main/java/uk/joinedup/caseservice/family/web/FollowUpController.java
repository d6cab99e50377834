package uk.joinedup.caseservice.family.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.FollowUpDisengagement;
import uk.joinedup.caseservice.infrastructure.axon.Commands;
import uk.joinedup.caseservice.infrastructure.web.Today;

/** Following up a family's disengagement, which clears the flag a disengagement rule raised before that day. */
@Tag(name = "Families")
@RestController
class FollowUpController {

    private final Commands commands;
    private final Standings standings;
    private final Today today;

    FollowUpController(Commands commands, Standings standings, Today today) {
        this.commands = commands;
        this.standings = standings;
        this.today = today;
    }

    @Operation(
            summary = "Record the follow-up of a family's disengagement (the team around the family or a team manager"
                    + " of the case)",
            description = "Refused (422) with a code: not-working-the-case, case-not-open, reason-required.")
    @PostMapping("/api/families/{familyId}/follow-ups")
    ResponseEntity<Void> followUp(
            @PathVariable String familyId, @Valid @RequestBody FollowUpRequest request, Actor actor) {
        FamilyId family = new FamilyId(familyId);
        commands.send(new FollowUpDisengagement(
                family,
                request.note(),
                today.or(request.followedUpOn()),
                today.date(),
                standings.of(family, actor),
                actor));
        return ResponseEntity.noContent().build();
    }

    record FollowUpRequest(
            @NotBlank(message = "Enter what was done to re-engage the family")
                    @Size(max = 2000, message = "The follow-up must be 2,000 characters or fewer")
                    String note,
            @PastOrPresent(message = "The date of the follow-up must be today or in the past")
                    LocalDate followedUpOn) {}
}
