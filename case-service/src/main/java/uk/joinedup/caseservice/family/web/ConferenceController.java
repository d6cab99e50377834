package uk.joinedup.caseservice.family.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.PractitionerDirectory;
import uk.joinedup.caseservice.family.api.ActionId;
import uk.joinedup.caseservice.family.api.ConferenceId;
import uk.joinedup.caseservice.family.api.ConferenceKind;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.GoalId;
import uk.joinedup.caseservice.family.api.HoldCaseConference;
import uk.joinedup.caseservice.family.api.PlanAction;
import uk.joinedup.caseservice.family.web.FamilyRequests.MemberRequest;
import uk.joinedup.caseservice.infrastructure.axon.Commands;
import uk.joinedup.caseservice.infrastructure.web.InputLimits;
import uk.joinedup.caseservice.infrastructure.web.Today;

/** Case conferences and panels held about a family (seed 003: case boards, 796; panels, 1594). */
@Tag(name = "Families")
@RestController
class ConferenceController {

    private final Commands commands;
    private final Standings standings;
    private final PractitionerDirectory directory;
    private final Today today;

    ConferenceController(Commands commands, Standings standings, PractitionerDirectory directory, Today today) {
        this.commands = commands;
        this.standings = standings;
        this.directory = directory;
        this.today = today;
    }

    @Operation(
            summary = "Record a case conference or panel: who was there, what it decided, the lead professional it"
                    + " agreed and the actions arising, which join the current plan (the lead professional or a team"
                    + " manager of the case)",
            description = "Practitioners present are named by username: their names and agencies come from the staff"
                    + " directory (422 not-in-staff-directory otherwise). Refused (422) with a code:"
                    + " lead-or-manager-only, case-not-open, not-on-team (the lead agreed must be on the team),"
                    + " another-lead-in-post, no-plan-for-actions, action-for-unknown-goal, action-owner-not-on-team.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/families/{familyId}/conferences")
    ResponseEntity<FamilyController.Created> hold(
            @PathVariable String familyId, @Valid @RequestBody ConferenceRequest request, Actor actor) {
        FamilyId family = new FamilyId(familyId);
        ConferenceId conferenceId = new ConferenceId(UUID.randomUUID().toString());
        LocalDate heldOn = today.or(request.heldOn());
        commands.send(new HoldCaseConference(
                family,
                conferenceId,
                request.kind(),
                heldOn,
                request.attendees().stream()
                        .distinct()
                        .map(username -> new MemberRequest(username, null, null).toMember(directory))
                        .toList(),
                request.familyPresent(),
                request.decisions(),
                blankToNull(request.leadProfessionalAgreed()),
                request.actions() == null
                        ? List.of()
                        : request.actions().stream()
                                .map(action -> new PlanAction(
                                        new ActionId(UUID.randomUUID().toString()),
                                        new GoalId(action.goalId()),
                                        action.description().strip(),
                                        new AgencyId(action.ownerAgency()),
                                        blankToNull(action.ownerName()),
                                        action.dueOn()))
                                .toList(),
                today.date(),
                standings.of(family, actor),
                actor));
        return ResponseEntity.created(URI.create("/api/families/" + familyId))
                .body(new FamilyController.Created(conferenceId.value()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    record ConferenceRequest(
            @NotNull(message = "Select whether it was a case conference or a panel") ConferenceKind kind,
            @PastOrPresent(message = "The date of the meeting must be today or in the past") LocalDate heldOn,
            @NotEmpty(message = "Add at least one practitioner who was at the meeting")
                    @Size(max = InputLimits.PLAN_ITEMS, message = "Name at most 20 practitioners")
                    List<
                                    @NotBlank(message = "Choose the practitioner")
                                    @Size(max = 100, message = "A username must be 100 characters or fewer") String>
                            attendees,
            @Size(max = 500, message = "Who of the family was there must be 500 characters or fewer")
                    String familyPresent,
            @NotEmpty(message = "Enter at least one decision the meeting made")
                    @Size(max = InputLimits.PLAN_ITEMS, message = "Record at most 20 decisions")
                    List<
                                    @NotBlank(message = "A decision cannot be blank")
                                    @Size(max = 1000, message = "A decision must be 1,000 characters or fewer") String>
                            decisions,
            @Size(max = 100, message = "A username must be 100 characters or fewer") String leadProfessionalAgreed,
            @Size(max = InputLimits.PLAN_ITEMS, message = "Add at most 20 actions")
                    List<@Valid ActionArisingRequest> actions) {}

    record ActionArisingRequest(
            @NotBlank(message = "Choose the plan goal the action is for")
                    @Size(max = InputLimits.ID, message = "An id must be 100 characters or fewer")
                    String goalId,
            @NotBlank(message = "Describe the action")
                    @Size(max = 500, message = "An action must be 500 characters or fewer")
                    String description,
            @NotBlank(message = "Choose the agency responsible")
                    @Size(max = InputLimits.ID, message = "An id must be 100 characters or fewer")
                    String ownerAgency,
            @Size(max = 100, message = "The owner's name must be 100 characters or fewer") String ownerName,
            @NotNull(message = "Enter when the action is due") LocalDate dueOn) {}
}
