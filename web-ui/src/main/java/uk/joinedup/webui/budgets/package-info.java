/**
 * A team manager's page of spend from the family budgets of their cases: what was allocated, committed,
 * spent and left, by funding source and by family, and the same as CSV, passed through from case-service.
 * The budgets themselves, and changing them, are parts of each family's page.
 */
package uk.joinedup.webui.budgets;
