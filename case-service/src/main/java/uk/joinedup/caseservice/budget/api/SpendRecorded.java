package uk.joinedup.caseservice.budget.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Money was spent against a commitment. */
@Revision("1")
public record SpendRecorded(BudgetId budgetId, String commitmentId, String spendId, Money amount, LocalDate spentOn)
        implements BudgetEvent {}
