package uk.joinedup.caseservice.imports.job;

/**
 * A problem with one row, for the report.
 *
 * @param column the column it is in, or null for the row as a whole
 */
public record RowProblem(int row, String column, String reason) {}
