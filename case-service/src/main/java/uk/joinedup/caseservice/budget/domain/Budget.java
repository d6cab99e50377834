package uk.joinedup.caseservice.budget.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.joinedup.caseservice.budget.api.AllocateFunds;
import uk.joinedup.caseservice.budget.api.BudgetId;
import uk.joinedup.caseservice.budget.api.BudgetStanding;
import uk.joinedup.caseservice.budget.api.CancelCommitment;
import uk.joinedup.caseservice.budget.api.CommitFunds;
import uk.joinedup.caseservice.budget.api.CommitmentCancelled;
import uk.joinedup.caseservice.budget.api.FundsAllocated;
import uk.joinedup.caseservice.budget.api.FundsCommitted;
import uk.joinedup.caseservice.budget.api.Money;
import uk.joinedup.caseservice.budget.api.RecordSpend;
import uk.joinedup.caseservice.budget.api.SpendRecorded;
import uk.joinedup.caseservice.rules.DatedInFuture;
import uk.joinedup.caseservice.rules.NoSuchRecord;
import uk.joinedup.caseservice.rules.ReasonRequired;

/**
 * A family's budget, one event stream per family: allocations, the commitments made out of each, and the spend
 * against each commitment. Every commitment of the family is decided in this one stream, so two commitments made
 * at once cannot both take the last pound of an allocation: the second is decided on the first's event (the
 * store refuses a second event at the same sequence number, and the command is tried again on the new state).
 */
@Aggregate(cache = "aggregateCache")
class Budget {

    @AggregateIdentifier
    private BudgetId budgetId;

    private final Map<String, Allocation> allocations = new HashMap<>();
    private final Map<String, Commitment> commitments = new HashMap<>();
    private final Set<String> spends = new HashSet<>();

    Budget() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AllocateFunds command) {
        if (command.standing() != BudgetStanding.CASE_MANAGER) {
            throw new BudgetManagersOnly();
        }
        if (allocations.containsKey(command.allocationId())) {
            throw new AlreadyRecorded();
        }
        positive(command.amount());
        if (command.amount().exceeds(command.approvalLimit())) {
            throw new OverApprovalLimit(command.approvalLimit());
        }
        if (command.until().isBefore(command.from())) {
            throw new PeriodEndsBeforeItBegins(command.from());
        }
        apply(new FundsAllocated(
                command.budgetId(),
                command.familyId(),
                command.allocationId(),
                command.source(),
                command.amount(),
                command.from(),
                command.until(),
                command.actor().name()));
    }

    @CommandHandler
    void handle(CommitFunds command) {
        if (command.standing() != BudgetStanding.LEAD_PROFESSIONAL) {
            throw new LeadProfessionalOnly("commission a service from the family's budget");
        }
        Allocation allocation = allocations.get(command.allocationId());
        if (allocation == null) {
            throw new NoSuchRecord();
        }
        if (commitments.containsKey(command.commitmentId())) {
            throw new AlreadyRecorded();
        }
        positive(command.amount());
        notAfter(command.committedOn(), command.recordedOn());
        if (command.committedOn().isBefore(allocation.from())
                || command.committedOn().isAfter(allocation.until())) {
            throw new OutsideTheAllocationsPeriod(allocation.from(), allocation.until());
        }
        if (command.amount().exceeds(allocation.left())) {
            throw new NotEnoughLeft(allocation.left());
        }
        apply(new FundsCommitted(
                command.budgetId(),
                command.commitmentId(),
                command.allocationId(),
                command.provider().strip(),
                command.purpose().strip(),
                command.goalId(),
                command.amount(),
                command.committedOn()));
    }

    @CommandHandler
    void handle(RecordSpend command) {
        leadOrManager(command.standing(), "record spend from the family's budget");
        Commitment commitment = live(command.commitmentId());
        if (spends.contains(command.spendId())) {
            throw new AlreadyRecorded();
        }
        positive(command.amount());
        notAfter(command.spentOn(), command.recordedOn());
        if (command.spentOn().isBefore(commitment.committedOn())) {
            throw new DatedBeforeWhatItFollows("Spend against this commitment", commitment.committedOn());
        }
        if (command.amount().exceeds(commitment.left())) {
            throw new SpendBeyondCommitment(commitment.left());
        }
        apply(new SpendRecorded(
                command.budgetId(), command.commitmentId(), command.spendId(), command.amount(), command.spentOn()));
    }

    @CommandHandler
    void handle(CancelCommitment command) {
        leadOrManager(command.standing(), "cancel a commitment");
        Commitment commitment = live(command.commitmentId());
        if (command.reason() == null || command.reason().isBlank()) {
            throw new ReasonRequired();
        }
        notAfter(command.cancelledOn(), command.recordedOn());
        if (command.cancelledOn().isBefore(commitment.lastDated())) {
            throw new DatedBeforeWhatItFollows(
                    "A cancellation of this commitment, which was made or last spent against on that day,",
                    commitment.lastDated());
        }
        apply(new CommitmentCancelled(
                command.budgetId(),
                command.commitmentId(),
                commitment.left(),
                command.reason().strip(),
                command.cancelledOn()));
    }

    private Commitment live(String commitmentId) {
        Commitment commitment = commitments.get(commitmentId);
        if (commitment == null) {
            throw new NoSuchRecord();
        }
        if (commitment.cancelled()) {
            throw new CommitmentCancelledAlready();
        }
        return commitment;
    }

    private static void leadOrManager(BudgetStanding standing, String what) {
        if (standing == BudgetStanding.NONE) {
            throw new LeadOrManagerOnly(what);
        }
    }

    private static void positive(Money amount) {
        if (!amount.positive()) {
            throw new AmountNotPositive();
        }
    }

    private static void notAfter(LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new DatedInFuture(date);
        }
    }

    @EventSourcingHandler
    void on(FundsAllocated event) {
        budgetId = event.budgetId();
        allocations.put(event.allocationId(), new Allocation(event.amount(), Money.ZERO, event.from(), event.until()));
    }

    @EventSourcingHandler
    void on(FundsCommitted event) {
        allocations.computeIfPresent(event.allocationId(), (id, allocation) -> allocation.taking(event.amount()));
        commitments.put(
                event.commitmentId(),
                new Commitment(
                        event.allocationId(),
                        event.amount(),
                        Money.ZERO,
                        false,
                        event.committedOn(),
                        event.committedOn()));
    }

    @EventSourcingHandler
    void on(SpendRecorded event) {
        spends.add(event.spendId());
        commitments.computeIfPresent(
                event.commitmentId(), (id, commitment) -> commitment.spending(event.amount(), event.spentOn()));
    }

    @EventSourcingHandler
    void on(CommitmentCancelled event) {
        Commitment commitment = commitments.get(event.commitmentId());
        commitments.put(event.commitmentId(), commitment.cancel());
        allocations.computeIfPresent(
                commitment.allocationId(), (id, allocation) -> allocation.releasing(event.released()));
    }

    /** An allocation and how much of it commitments have taken. */
    private record Allocation(Money amount, Money committed, LocalDate from, LocalDate until) {

        Money left() {
            return amount.minus(committed);
        }

        Allocation taking(Money more) {
            return new Allocation(amount, committed.plus(more), from, until);
        }

        Allocation releasing(Money released) {
            return new Allocation(amount, committed.minus(released), from, until);
        }
    }

    /**
     * A commitment and how much has been spent against it.
     *
     * @param lastDated the day it was made, or the latest day spent against it if later
     */
    private record Commitment(
            String allocationId,
            Money amount,
            Money spent,
            boolean cancelled,
            LocalDate committedOn,
            LocalDate lastDated) {

        Money left() {
            return amount.minus(spent);
        }

        Commitment spending(Money more, LocalDate spentOn) {
            return new Commitment(
                    allocationId,
                    amount,
                    spent.plus(more),
                    cancelled,
                    committedOn,
                    spentOn.isAfter(lastDated) ? spentOn : lastDated);
        }

        Commitment cancel() {
            return new Commitment(allocationId, amount, spent, true, committedOn, lastDated);
        }
    }
}
