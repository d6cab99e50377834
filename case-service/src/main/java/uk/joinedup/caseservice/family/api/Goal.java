package uk.joinedup.caseservice.family.api;

/**
 * A goal in a support plan, answering an assessed need.
 *
 * @param need the need it addresses
 * @param description the goal in the family's words
 */
public record Goal(GoalId goalId, NeedDomain need, String description) {}
