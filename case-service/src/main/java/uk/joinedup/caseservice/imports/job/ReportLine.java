package uk.joinedup.caseservice.imports.job;

/**
 * One line of an import's report: a row's outcome, and for a row not imported, the column and reason (a
 * refused row has a line for each problem).
 *
 * @param outcome the dry run's outcome, or {@code REFUSED_AT_IMPORT} for a row the person's record refused
 */
public record ReportLine(int row, String outcome, String column, String reason) {}
