package uk.joinedup.caseservice.budget.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.family.api.FamilyId;

/**
 * Allocate money from a funding source to the family's budget for a period, approved by the actor.
 *
 * @param approvalLimit the most a team manager may approve at once (configuration, passed by the adapter)
 * @param recordedOn today, from the adapter's clock
 */
public record AllocateFunds(
        @TargetAggregateIdentifier BudgetId budgetId,
        FamilyId familyId,
        String allocationId,
        FundingSource source,
        Money amount,
        LocalDate from,
        LocalDate until,
        Money approvalLimit,
        LocalDate recordedOn,
        BudgetStanding standing,
        Actor actor)
        implements ActingCommand {}
