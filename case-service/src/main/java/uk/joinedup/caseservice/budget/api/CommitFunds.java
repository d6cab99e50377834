package uk.joinedup.caseservice.budget.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Commission a service from a provider for a purpose linked to a plan goal, out of one allocation.
 *
 * @param goalId the plan goal it serves
 */
public record CommitFunds(
        @TargetAggregateIdentifier BudgetId budgetId,
        String commitmentId,
        String allocationId,
        String provider,
        String purpose,
        String goalId,
        Money amount,
        LocalDate committedOn,
        LocalDate recordedOn,
        BudgetStanding standing,
        Actor actor)
        implements ActingCommand {}
