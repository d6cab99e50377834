/**
 * Pages composed across features: the case file ({@code casefile}: a person's or family's record as
 * one viewer may see it, now or "as at" a date) and caseloads ({@code caseload}), with their REST
 * adapter in {@code web}. The only packages that combine the person and family features' read models.
 */
package uk.joinedup.caseservice.views;
