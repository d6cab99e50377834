/**
 * Pages composed across features: the case file ({@code casefile}: a person's or family's record as
 * one viewer may see it, now or "as at" a date), caseloads ({@code caseload}), searches ({@code search}), the people and facts the
 * outcome figures count ({@code outcomes}), the evidence of payment-by-results claims ({@code claims}) and a
 * manager's cohort cost before and after its cases opened ({@code cohortcost}) and the response to a subject
 * access request ({@code subjectaccess}), with their REST adapter in {@code web}. The only packages that
 * combine the person and family features' read models; every one of them discloses through the sharing
 * policy, but the subject access response, which is the person's own information assembled for the whole
 * council by an information-governance officer and logged as such (ADR 32).
 */
package uk.joinedup.caseservice.views;
