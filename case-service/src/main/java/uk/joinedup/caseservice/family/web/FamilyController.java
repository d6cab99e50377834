package uk.joinedup.caseservice.family.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.PractitionerDirectory;
import uk.joinedup.caseservice.family.api.AcceptReferral;
import uk.joinedup.caseservice.family.api.ActionId;
import uk.joinedup.caseservice.family.api.AddFamilyMember;
import uk.joinedup.caseservice.family.api.AgreeSupportPlan;
import uk.joinedup.caseservice.family.api.AppointLeadProfessional;
import uk.joinedup.caseservice.family.api.AssessedNeed;
import uk.joinedup.caseservice.family.api.AssessmentId;
import uk.joinedup.caseservice.family.api.CloseCase;
import uk.joinedup.caseservice.family.api.CompleteAssessment;
import uk.joinedup.caseservice.family.api.CompletePlanAction;
import uk.joinedup.caseservice.family.api.DeclineReferral;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.Goal;
import uk.joinedup.caseservice.family.api.GoalId;
import uk.joinedup.caseservice.family.api.HandOverLeadProfessional;
import uk.joinedup.caseservice.family.api.HoldReview;
import uk.joinedup.caseservice.family.api.PlanAction;
import uk.joinedup.caseservice.family.api.PlanId;
import uk.joinedup.caseservice.family.api.ReceiveReferral;
import uk.joinedup.caseservice.family.api.RecordFamilyAgreement;
import uk.joinedup.caseservice.family.api.ReferralId;
import uk.joinedup.caseservice.family.api.RegisterFamily;
import uk.joinedup.caseservice.family.api.RemoveFamilyMember;
import uk.joinedup.caseservice.family.api.ReopenCase;
import uk.joinedup.caseservice.family.api.ReviewId;
import uk.joinedup.caseservice.family.api.Standing;
import uk.joinedup.caseservice.family.web.FamilyRequests.AcceptReferralRequest;
import uk.joinedup.caseservice.family.web.FamilyRequests.AddMemberRequest;
import uk.joinedup.caseservice.family.web.FamilyRequests.AgreementRequest;
import uk.joinedup.caseservice.family.web.FamilyRequests.AppointLeadRequest;
import uk.joinedup.caseservice.family.web.FamilyRequests.AssessmentRequest;
import uk.joinedup.caseservice.family.web.FamilyRequests.CloseRequest;
import uk.joinedup.caseservice.family.web.FamilyRequests.DateRequest;
import uk.joinedup.caseservice.family.web.FamilyRequests.DeclineRequest;
import uk.joinedup.caseservice.family.web.FamilyRequests.HandoverRequest;
import uk.joinedup.caseservice.family.web.FamilyRequests.LeaveRequest;
import uk.joinedup.caseservice.family.web.FamilyRequests.PlanRequest;
import uk.joinedup.caseservice.family.web.FamilyRequests.ReferralRequest;
import uk.joinedup.caseservice.family.web.FamilyRequests.RegisterFamilyRequest;
import uk.joinedup.caseservice.family.web.FamilyRequests.ReopenRequest;
import uk.joinedup.caseservice.family.web.FamilyRequests.ReviewRequest;
import uk.joinedup.caseservice.infrastructure.axon.Commands;
import uk.joinedup.caseservice.infrastructure.web.Today;
import uk.joinedup.caseservice.person.api.PersonId;

@Tag(name = "Families")
@RestController
@RequestMapping("/api/families")
class FamilyController {

    private final Commands commands;
    private final Today today;
    private final Standings standings;
    private final PractitionerDirectory directory;

    FamilyController(Commands commands, Today today, Standings standings, PractitionerDirectory directory) {
        this.commands = commands;
        this.today = today;
        this.standings = standings;
        this.directory = directory;
    }

    @Operation(summary = "Register a family (household)")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<Created> register(@Valid @RequestBody RegisterFamilyRequest request, Actor actor) {
        FamilyId familyId = new FamilyId(UUID.randomUUID().toString());
        commands.send(new RegisterFamily(familyId, request.name(), actor));
        return created(familyId, familyId.value());
    }

    @Operation(
            summary = "Add a registered person to the household",
            description = "The lead professional or a team manager of the case; before the case first opens, also"
                    + " the agency that registered the family (422 lead-or-manager-only otherwise; 422"
                    + " person-not-registered for an unknown person).")
    @PostMapping("/{familyId}/members")
    ResponseEntity<Void> addMember(
            @PathVariable String familyId, @Valid @RequestBody AddMemberRequest request, Actor actor) {
        FamilyId family = new FamilyId(familyId);
        Standing standing = standings.of(family, actor);
        PersonId personId = new PersonId(request.personId());
        standings.requireRegistered(personId);
        commands.send(new AddFamilyMember(
                family,
                request.expectedVersion(),
                personId,
                request.relationship(),
                today.or(request.joinedOn()),
                today.date(),
                standing,
                actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Record that a person left the household",
            description = "The lead professional or a team manager of the case; before the case first opens, also"
                    + " the agency that registered the family.")
    @PostMapping("/{familyId}/members/{personId}/departure")
    ResponseEntity<Void> removeMember(
            @PathVariable String familyId,
            @PathVariable String personId,
            @Valid @RequestBody LeaveRequest request,
            Actor actor) {
        FamilyId family = new FamilyId(familyId);
        commands.send(new RemoveFamilyMember(
                family,
                request.expectedVersion(),
                new PersonId(personId),
                today.or(request.on()),
                request.reason(),
                today.date(),
                standings.of(family, actor),
                actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Refer the family into the programme, as your agency")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{familyId}/referrals")
    ResponseEntity<Created> refer(
            @PathVariable String familyId, @Valid @RequestBody ReferralRequest request, Actor actor) {
        ReferralId referralId = new ReferralId(UUID.randomUUID().toString());
        commands.send(new ReceiveReferral(
                new FamilyId(familyId),
                referralId,
                request.reason(),
                request.riskFactors(),
                today.or(request.receivedOn()),
                today.date(),
                actor));
        return created(new FamilyId(familyId), referralId.value());
    }

    @Operation(
            summary = "Accept a referral (team managers), opening the case and allocating a keyworker",
            description = "The keyworker is named by username only: their name and agency come from the staff"
                    + " directory (422 not-in-staff-directory for anyone else; 503 if the directory is down).")
    @PostMapping("/{familyId}/referrals/{referralId}/acceptance")
    ResponseEntity<Void> accept(
            @PathVariable String familyId,
            @PathVariable String referralId,
            @Valid @RequestBody AcceptReferralRequest request,
            Actor actor) {
        commands.send(new AcceptReferral(
                new FamilyId(familyId),
                request.expectedVersion(),
                new ReferralId(referralId),
                request.allocatedTo() != null ? request.allocatedTo().toMember(directory) : null,
                today.or(request.acceptedOn()),
                today.date(),
                standings.of(new FamilyId(familyId), actor),
                actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Decline a referral (team managers), saying why")
    @PostMapping("/{familyId}/referrals/{referralId}/decline")
    ResponseEntity<Void> decline(
            @PathVariable String familyId,
            @PathVariable String referralId,
            @Valid @RequestBody DeclineRequest request,
            Actor actor) {
        commands.send(new DeclineReferral(
                new FamilyId(familyId),
                request.expectedVersion(),
                new ReferralId(referralId),
                request.reason(),
                today.or(request.declinedOn()),
                today.date(),
                standings.of(new FamilyId(familyId), actor),
                actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Appoint a team member lead professional (team managers); 409 if the family changed")
    @PostMapping("/{familyId}/lead-professional")
    ResponseEntity<Void> appointLead(
            @PathVariable String familyId, @Valid @RequestBody AppointLeadRequest request, Actor actor) {
        commands.send(new AppointLeadProfessional(
                new FamilyId(familyId),
                request.expectedVersion(),
                request.userId(),
                today.or(request.appointedOn()),
                today.date(),
                standings.of(new FamilyId(familyId), actor),
                actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Hand over to another team member (the lead or a team manager); 409 if the family changed")
    @PostMapping("/{familyId}/lead-professional/handover")
    ResponseEntity<Void> handOver(
            @PathVariable String familyId, @Valid @RequestBody HandoverRequest request, Actor actor) {
        commands.send(new HandOverLeadProfessional(
                new FamilyId(familyId),
                request.expectedVersion(),
                request.toUserId(),
                request.note(),
                today.or(request.handedOverOn()),
                today.date(),
                standings.of(new FamilyId(familyId), actor),
                actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Record a whole-family assessment, scoring every domain from 0 to 4")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{familyId}/assessments")
    ResponseEntity<Created> assess(
            @PathVariable String familyId, @Valid @RequestBody AssessmentRequest request, Actor actor) {
        AssessmentId assessmentId = new AssessmentId(UUID.randomUUID().toString());
        List<AssessedNeed> needs = request.needs().stream()
                .map(need -> new AssessedNeed(
                        need.domain(), need.score(), need.evidence().strip()))
                .toList();
        commands.send(new CompleteAssessment(
                new FamilyId(familyId),
                assessmentId,
                needs,
                today.or(request.completedOn()),
                today.date(),
                standings.of(new FamilyId(familyId), actor),
                actor));
        return created(new FamilyId(familyId), assessmentId.value());
    }

    @Operation(summary = "Agree a support plan: goals for assessed needs, each with actions; 409 if the family changed")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{familyId}/plan")
    ResponseEntity<Created> agreePlan(
            @PathVariable String familyId, @Valid @RequestBody PlanRequest request, Actor actor) {
        PlanId planId = new PlanId(UUID.randomUUID().toString());
        List<Goal> goals = new ArrayList<>();
        List<PlanAction> actions = new ArrayList<>();
        for (FamilyRequests.GoalRequest goal : request.goals()) {
            GoalId goalId = new GoalId(UUID.randomUUID().toString());
            goals.add(new Goal(goalId, goal.need(), goal.description().strip()));
            for (FamilyRequests.ActionRequest action : goal.actions()) {
                actions.add(new PlanAction(
                        new ActionId(UUID.randomUUID().toString()),
                        goalId,
                        action.description().strip(),
                        new AgencyId(action.ownerAgency()),
                        action.ownerName(),
                        action.dueOn()));
            }
        }
        commands.send(new AgreeSupportPlan(
                new FamilyId(familyId),
                request.expectedVersion(),
                planId,
                goals,
                actions,
                request.nextReviewOn(),
                today.or(request.agreedOn()),
                today.date(),
                standings.of(new FamilyId(familyId), actor),
                actor));
        return created(new FamilyId(familyId), planId.value());
    }

    @Operation(summary = "Record that the family agreed to their current plan")
    @PostMapping("/{familyId}/plan/agreement")
    ResponseEntity<Void> familyAgreed(
            @PathVariable String familyId, @Valid @RequestBody AgreementRequest request, Actor actor) {
        commands.send(new RecordFamilyAgreement(
                new FamilyId(familyId),
                new PlanId(request.planId()),
                request.agreedBy(),
                today.or(request.agreedOn()),
                today.date(),
                standings.of(new FamilyId(familyId), actor),
                actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Mark an action of the current plan done")
    @PostMapping("/{familyId}/plan/actions/{actionId}/completion")
    ResponseEntity<Void> completeAction(
            @PathVariable String familyId,
            @PathVariable String actionId,
            @Valid @RequestBody DateRequest request,
            Actor actor) {
        commands.send(new CompletePlanAction(
                new FamilyId(familyId),
                new ActionId(actionId),
                today.or(request.on()),
                today.date(),
                standings.of(new FamilyId(familyId), actor),
                actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Record a review of the case")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{familyId}/reviews")
    ResponseEntity<Created> review(
            @PathVariable String familyId, @Valid @RequestBody ReviewRequest request, Actor actor) {
        ReviewId reviewId = new ReviewId(UUID.randomUUID().toString());
        commands.send(new HoldReview(
                new FamilyId(familyId),
                reviewId,
                today.or(request.heldOn()),
                request.notes(),
                request.nextReviewOn(),
                today.date(),
                standings.of(new FamilyId(familyId), actor),
                actor));
        return created(new FamilyId(familyId), reviewId.value());
    }

    @Operation(
            summary = "Close the case; with open actions only on a team manager's override; 409 if the family changed")
    @PostMapping("/{familyId}/closure")
    ResponseEntity<Void> close(@PathVariable String familyId, @Valid @RequestBody CloseRequest request, Actor actor) {
        commands.send(new CloseCase(
                new FamilyId(familyId),
                request.expectedVersion(),
                request.reason(),
                request.outcomeSummary(),
                today.or(request.closedOn()),
                request.overridesOpenActions(),
                today.date(),
                standings.of(new FamilyId(familyId), actor),
                actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Reopen a closed case")
    @PostMapping("/{familyId}/reopening")
    ResponseEntity<Void> reopen(@PathVariable String familyId, @Valid @RequestBody ReopenRequest request, Actor actor) {
        commands.send(new ReopenCase(
                new FamilyId(familyId),
                request.expectedVersion(),
                request.reason(),
                today.or(request.reopenedOn()),
                today.date(),
                standings.of(new FamilyId(familyId), actor),
                actor));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<Created> created(FamilyId familyId, String id) {
        return ResponseEntity.created(URI.create("/api/families/" + familyId)).body(new Created(id));
    }

    /** The id of what a request created. */
    record Created(String id) {}
}
