package uk.joinedup.caseservice.budget.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/** Cancel a commitment, releasing what was not yet spent of it to its allocation. */
public record CancelCommitment(
        @TargetAggregateIdentifier BudgetId budgetId,
        String commitmentId,
        String reason,
        LocalDate cancelledOn,
        LocalDate recordedOn,
        BudgetStanding standing,
        Actor actor)
        implements ActingCommand {}
