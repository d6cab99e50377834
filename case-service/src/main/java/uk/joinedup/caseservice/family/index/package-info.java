/**
 * Finding families by name: every word of a family's name (but "family" and "household") files it
 * under {@code word:<word>}. Answers name, case status and lead professional only.
 */
package uk.joinedup.caseservice.family.index;
