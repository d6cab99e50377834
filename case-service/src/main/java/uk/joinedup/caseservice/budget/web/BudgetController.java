package uk.joinedup.caseservice.budget.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.budget.api.AllocateFunds;
import uk.joinedup.caseservice.budget.api.BudgetId;
import uk.joinedup.caseservice.budget.api.BudgetStanding;
import uk.joinedup.caseservice.budget.api.CancelCommitment;
import uk.joinedup.caseservice.budget.api.CommitFunds;
import uk.joinedup.caseservice.budget.api.Money;
import uk.joinedup.caseservice.budget.api.RecordSpend;
import uk.joinedup.caseservice.budget.web.BudgetRequests.AllocationRequest;
import uk.joinedup.caseservice.budget.web.BudgetRequests.CancellationRequest;
import uk.joinedup.caseservice.budget.web.BudgetRequests.CommitmentRequest;
import uk.joinedup.caseservice.budget.web.BudgetRequests.SpendRequest;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.GoalId;
import uk.joinedup.caseservice.infrastructure.axon.Commands;
import uk.joinedup.caseservice.infrastructure.web.Today;

@Tag(name = "Family budget")
@RestController
@RequestMapping("/api/families/{familyId}/budget")
class BudgetController {

    private final Commands commands;
    private final BudgetStandings standings;
    private final Money approvalLimit;
    private final Today today;

    BudgetController(
            Commands commands,
            BudgetStandings standings,
            @Value("${joinedup.budget.approval-limit-pounds:5000}") BigDecimal approvalLimit,
            Today today) {
        this.commands = commands;
        this.standings = standings;
        this.approvalLimit = Money.pounds(approvalLimit);
        this.today = today;
    }

    @Operation(
            summary = "Allocate money from a funding source to the family's budget for a period (team managers of"
                    + " the case, up to the configured approval limit)",
            description = "Refused (422) with a code: budget-managers-only, over-approval-limit,"
                    + " period-ends-before-it-begins.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/allocations")
    ResponseEntity<Created> allocate(
            @PathVariable String familyId, @Valid @RequestBody AllocationRequest request, Actor actor) {
        FamilyId family = new FamilyId(familyId);
        String allocationId = UUID.randomUUID().toString();
        commands.send(new AllocateFunds(
                BudgetId.of(family),
                family,
                allocationId,
                request.source(),
                Money.pounds(request.amount()),
                request.from(),
                request.until(),
                approvalLimit,
                today.date(),
                standings.toApprove(family, actor),
                actor));
        return created(familyId, allocationId);
    }

    @Operation(
            summary = "Commission a service from a provider for a plan goal, out of one allocation (the lead"
                    + " professional)",
            description = "Refused (422) with a code: budget-lead-only, goal-not-in-plan, not-enough-left (a"
                    + " commitment beyond what is left of the allocation), outside-allocation-period; 404 for an"
                    + " unknown allocation.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/commitments")
    ResponseEntity<Created> commit(
            @PathVariable String familyId, @Valid @RequestBody CommitmentRequest request, Actor actor) {
        FamilyId family = new FamilyId(familyId);
        String commitmentId = UUID.randomUUID().toString();
        var standing = standings.toSpend(family, actor);
        if (standing == BudgetStanding.LEAD_PROFESSIONAL) {
            // Only the lead professional commits: anyone else hears that from the budget, not about the plan.
            standings.requireGoalInPlan(family, new GoalId(request.goalId()));
        }
        commands.send(new CommitFunds(
                BudgetId.of(family),
                commitmentId,
                request.allocationId(),
                request.provider(),
                request.purpose(),
                request.goalId(),
                Money.pounds(request.amount()),
                today.or(request.committedOn()),
                today.date(),
                standing,
                actor));
        return created(familyId, commitmentId);
    }

    @Operation(
            summary = "Record money spent against a commitment (the lead professional or a team manager of the case)",
            description = "Refused (422) with a code: budget-lead-or-manager-only, spend-beyond-commitment,"
                    + " commitment-cancelled, dated-before-commitment; 404 for an unknown commitment.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/commitments/{commitmentId}/spend")
    ResponseEntity<Created> spend(
            @PathVariable String familyId,
            @PathVariable String commitmentId,
            @Valid @RequestBody SpendRequest request,
            Actor actor) {
        FamilyId family = new FamilyId(familyId);
        String spendId = UUID.randomUUID().toString();
        commands.send(new RecordSpend(
                BudgetId.of(family),
                commitmentId,
                spendId,
                Money.pounds(request.amount()),
                today.or(request.spentOn()),
                today.date(),
                standings.toSpend(family, actor),
                actor));
        return created(familyId, spendId);
    }

    @Operation(
            summary = "Cancel a commitment, releasing what was not spent of it to its allocation (the lead"
                    + " professional or a team manager of the case)",
            description = "Refused (422) with a code: budget-lead-or-manager-only, commitment-cancelled,"
                    + " dated-before-commitment (before the commitment or its last spend); 404 for an unknown"
                    + " commitment.")
    @PostMapping("/commitments/{commitmentId}/cancellation")
    ResponseEntity<Void> cancel(
            @PathVariable String familyId,
            @PathVariable String commitmentId,
            @Valid @RequestBody CancellationRequest request,
            Actor actor) {
        FamilyId family = new FamilyId(familyId);
        commands.send(new CancelCommitment(
                BudgetId.of(family),
                commitmentId,
                request.reason(),
                today.or(request.cancelledOn()),
                today.date(),
                standings.toSpend(family, actor),
                actor));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<Created> created(String familyId, String id) {
        return ResponseEntity.created(URI.create("/api/families/" + familyId + "/budget"))
                .body(new Created(id));
    }

    /** The id of what a request created. */
    record Created(String id) {}
}
