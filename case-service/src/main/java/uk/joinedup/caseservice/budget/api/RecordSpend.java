package uk.joinedup.caseservice.budget.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/** Record money spent against a commitment (an invoice paid). */
public record RecordSpend(
        @TargetAggregateIdentifier BudgetId budgetId,
        String commitmentId,
        String spendId,
        Money amount,
        LocalDate spentOn,
        LocalDate recordedOn,
        BudgetStanding standing,
        Actor actor)
        implements ActingCommand {}
