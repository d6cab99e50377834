package uk.joinedup.caseservice.imports.extracts;

import java.util.Map;

/**
 * One row of an extract as read from the file.
 *
 * @param row its row number as a spreadsheet shows it: the headings are row 1, the first row of data row 2
 * @param values each of the extract type's columns the file has, by the type's name for it, with its text
 *     (stripped; empty when the row leaves it blank)
 */
public record ExtractRow(int row, Map<String, String> values) {

    /** Under this name, a row that does not have one value per column says how many it has. */
    static final String WIDTH_PROBLEM = "#width";

    public ExtractRow {
        values = Map.copyOf(values);
    }

    String value(String column) {
        return values.getOrDefault(column, "");
    }
}
