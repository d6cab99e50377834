package uk.joinedup.caseservice.budget.api;

/** Everything that can happen to a family's budget, in the past tense. */
public sealed interface BudgetEvent permits FundsAllocated, FundsCommitted, SpendRecorded, CommitmentCancelled {

    BudgetId budgetId();
}
