package uk.joinedup.caseservice.family.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.PractitionerDirectory;
import uk.joinedup.caseservice.family.api.ApproveTeamJoinRequest;
import uk.joinedup.caseservice.family.api.DeclineTeamJoinRequest;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.JoinTeam;
import uk.joinedup.caseservice.family.api.LeaveTeam;
import uk.joinedup.caseservice.family.api.RequestToJoinTeam;
import uk.joinedup.caseservice.family.api.Standing;
import uk.joinedup.caseservice.family.api.TeamMember;
import uk.joinedup.caseservice.family.web.FamilyRequests.AskToJoinRequest;
import uk.joinedup.caseservice.family.web.FamilyRequests.DeclineJoinRequest;
import uk.joinedup.caseservice.family.web.FamilyRequests.JoinTeamRequest;
import uk.joinedup.caseservice.family.web.FamilyRequests.VersionedDateRequest;
import uk.joinedup.caseservice.infrastructure.axon.Commands;
import uk.joinedup.caseservice.infrastructure.web.Today;

/**
 * The team around the family: who is on it is an access decision. The lead professional or a team
 * manager of the case adds practitioners (named by username; the staff directory says who they are) and
 * decides requests to join; anyone may ask to join, and leave; only the lead or a manager takes someone
 * else off.
 */
@Tag(name = "Families")
@RestController
@RequestMapping("/api/families/{familyId}/team")
class TeamController {

    private final Commands commands;
    private final Standings standings;
    private final PractitionerDirectory directory;
    private final Today today;

    TeamController(Commands commands, Standings standings, PractitionerDirectory directory, Today today) {
        this.commands = commands;
        this.standings = standings;
        this.directory = directory;
        this.today = today;
    }

    @Operation(
            summary = "Add a practitioner to the team around the family (the lead professional or a team manager of"
                    + " the case)",
            description = "Send the practitioner's username only: their name and agency come from the staff"
                    + " directory (422 not-in-staff-directory for anyone else; 503 if the directory is down).")
    @PostMapping
    ResponseEntity<Void> add(@PathVariable String familyId, @Valid @RequestBody JoinTeamRequest request, Actor actor) {
        FamilyId family = new FamilyId(familyId);
        Standing standing = standings.of(family, actor);
        TeamMember member = request.member().toMember(directory);
        commands.send(new JoinTeam(
                family,
                request.expectedVersion(),
                member,
                today.or(request.joinedOn()),
                today.date(),
                standing,
                actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Ask to join the team around the family, saying why",
            description = "You are the one asking: your name and agency come from your access token. The lead"
                    + " professional or a team manager of the case approves or declines the request.")
    @PostMapping("/requests")
    ResponseEntity<Void> ask(@PathVariable String familyId, @Valid @RequestBody AskToJoinRequest request, Actor actor) {
        TeamMember me = new TeamMember(
                actor.userId(),
                actor.name(),
                actor.agency(),
                actor.agencyName(),
                FamilyRequests.blankToNull(request.role()),
                FamilyRequests.blankToNull(request.contact()));
        commands.send(
                new RequestToJoinTeam(new FamilyId(familyId), me, request.reason(), today.date(), today.date(), actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Approve a request to join the team (the lead professional or a team manager of the case)")
    @PostMapping("/requests/{userId}/approval")
    ResponseEntity<Void> approve(
            @PathVariable String familyId,
            @PathVariable String userId,
            @Valid @RequestBody VersionedDateRequest request,
            Actor actor) {
        FamilyId family = new FamilyId(familyId);
        commands.send(new ApproveTeamJoinRequest(
                family,
                request.expectedVersion(),
                userId,
                today.or(request.on()),
                today.date(),
                standings.of(family, actor),
                actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Decline a request to join the team, saying why (the lead professional or a team manager of the"
                    + " case)")
    @PostMapping("/requests/{userId}/decline")
    ResponseEntity<Void> decline(
            @PathVariable String familyId,
            @PathVariable String userId,
            @Valid @RequestBody DeclineJoinRequest request,
            Actor actor) {
        FamilyId family = new FamilyId(familyId);
        commands.send(new DeclineTeamJoinRequest(
                family,
                request.expectedVersion(),
                userId,
                request.reason(),
                today.or(request.on()),
                today.date(),
                standings.of(family, actor),
                actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Leave the team yourself, or take a practitioner off it (the lead professional or a team manager"
                    + " of the case)")
    @PostMapping("/{userId}/departure")
    ResponseEntity<Void> leave(
            @PathVariable String familyId,
            @PathVariable String userId,
            @Valid @RequestBody VersionedDateRequest request,
            Actor actor) {
        FamilyId family = new FamilyId(familyId);
        commands.send(new LeaveTeam(
                family,
                request.expectedVersion(),
                userId,
                today.or(request.on()),
                today.date(),
                standings.of(family, actor),
                actor));
        return ResponseEntity.noContent().build();
    }
}
