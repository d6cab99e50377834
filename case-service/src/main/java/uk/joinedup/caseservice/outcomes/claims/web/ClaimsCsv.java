package uk.joinedup.caseservice.outcomes.claims.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimsList;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimsList.Row;

/**
 * The claims list as CSV (RFC 4180, a header row) through Commons CSV, which quotes and escapes. Family names
 * a spreadsheet would take for a formula are prefixed with an apostrophe.
 */
final class ClaimsCsv {

    private ClaimsCsv() {}

    static String of(ClaimsList list) {
        List<List<Object>> rows = new ArrayList<>();
        for (Row row : list.rows()) {
            rows.add(List.of(
                    row.scheme(),
                    row.familyId(),
                    cell(row.familyName()),
                    row.result(),
                    row.eligible(),
                    row.achieved(),
                    row.earned().toPlainString(),
                    row.status().name(),
                    orEmpty(row.reference()),
                    orEmpty(row.statusOn()),
                    row.claimed() == null ? "" : row.claimed().toPlainString(),
                    list.judgedOn()));
        }
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader(
                        "scheme",
                        "familyId",
                        "family",
                        "result",
                        "eligible",
                        "achieved",
                        "earned",
                        "status",
                        "reference",
                        "statusOn",
                        "claimed",
                        "judgedOn")
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Object orEmpty(Object value) {
        return value == null ? "" : value;
    }

    /** The value as a cell no spreadsheet evaluates. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean formula =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }
}
