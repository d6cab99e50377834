package uk.joinedup.caseservice.budget.api;

/**
 * How the actor stands in the family's case, as the adapter reads it from the family's record: the budget's
 * stream cannot know who leads the case.
 */
public enum BudgetStanding {
    LEAD_PROFESSIONAL,
    CASE_MANAGER,
    NONE
}
