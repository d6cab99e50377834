package uk.joinedup.webui.caseservice;

import java.util.List;

/**
 * A kind of data extract an agency's data officer can upload, as case-service describes it.
 *
 * @param id its identifier, e.g. {@code school-attendance}, as the upload names it
 * @param name its name, e.g. "School attendance, per term"
 * @param description what it holds
 * @param fact the agency fact each row records, e.g. {@code TermAttendanceRecorded}
 * @param createsPeople whether a row about nobody known registers a new person
 * @param recordableByYourAgency whether the user's agency may record its fact
 * @param columns its columns, in the order of a sample file
 */
public record ExtractType(
        String id,
        String name,
        String description,
        String fact,
        boolean createsPeople,
        boolean recordableByYourAgency,
        List<Column> columns) {

    public ExtractType {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** A column of the extract: its heading, whether a row must fill it, what it means and how to write it. */
    public record Column(String name, boolean required, String meaning, String format) {}
}
