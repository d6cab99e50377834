/**
 * The family budget's REST adapter: reads how the actor stands in the family's case (lead professional or a
 * team manager of it) and that the goal is in the family's plan, takes the approval limit from configuration and
 * today from the clock, and sends the budget's commands.
 */
package uk.joinedup.caseservice.budget.web;
