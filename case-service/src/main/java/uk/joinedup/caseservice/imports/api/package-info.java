/**
 * What other packages may know of imports: the query for the rows of an agency's imports that wait for a person
 * to decide who they are about, and its answer, which shows the identity of the people suggested for each
 * (ADR 6) and so is logged as an identity search by {@code views.search}.
 */
package uk.joinedup.caseservice.imports.api;
