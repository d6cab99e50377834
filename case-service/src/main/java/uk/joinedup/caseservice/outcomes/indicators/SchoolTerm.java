package uk.joinedup.caseservice.outcomes.indicators;

import uk.joinedup.caseservice.catalogue.Term;

/**
 * A school term of an academic year, as attendance is recorded.
 *
 * @param academicYear e.g. 2024/25
 */
public record SchoolTerm(String academicYear, Term term) {}
