/**
 * The cost of a family to the public purse (issue 14, seed 003's James: £42,000 of prevention against £154,000
 * spent; seed 004's Total Place): what the facts a viewer may see of a family's members cost each agency in each
 * of the last financial years, by a unit-cost table that is configuration, next to what was spent on support (the
 * family budget's spend and the keyworkers' time at a configured rate); and, for a manager's cohort, the same in the
 * year before a case opened and the year after ({@code YearsAroundOpening}). Both count through one costing of facts
 * over spans of days ({@code CostOfFacts}). Estimates, and shown as such, with the unit costs used and their sources.
 */
package uk.joinedup.caseservice.costs;
