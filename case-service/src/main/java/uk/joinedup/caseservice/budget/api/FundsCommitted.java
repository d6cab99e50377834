package uk.joinedup.caseservice.budget.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A service was commissioned from a provider for a plan goal, out of one allocation. */
@Revision("1")
public record FundsCommitted(
        BudgetId budgetId,
        String commitmentId,
        String allocationId,
        String provider,
        String purpose,
        String goalId,
        Money amount,
        LocalDate committedOn)
        implements BudgetEvent {}
