/**
 * Finding families by their name (every word but "family" and "household" files it under its first
 * letters and its sounds), by a current member's name or postcode (the person index finds the people,
 * {@code member:<personId>} their families); ranked and paged. Answers name, case status and lead
 * professional only.
 */
package uk.joinedup.caseservice.family.index;
