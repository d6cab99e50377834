/**
 * The Social Justice Outcomes Framework's indicators computed from case facts, as pure functions: a cohort
 * of people, each with their dated facts ({@link uk.joinedup.caseservice.outcomes.indicators.PersonFacts}),
 * and the dates of the period go in; for each measure its numerator and denominator come out, with the
 * people counted in each and the facts that were the evidence for each person ({@link
 * uk.joinedup.caseservice.outcomes.indicators.MeasureResult}). No storage, no clock, no Spring: read models
 * and pages build on these. Each measure's definition and national figure live in {@link
 * uk.joinedup.caseservice.outcomes.indicators.Measure}.
 */
package uk.joinedup.caseservice.outcomes.indicators;
