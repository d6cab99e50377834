package uk.joinedup.caseservice.outcomes.claims.web;

import java.util.ArrayList;
import java.util.List;
import uk.joinedup.caseservice.infrastructure.web.CsvTables;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimsList;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimsList.Row;

/**
 * The claims list as CSV, through {@link CsvTables}. Family names are {@linkplain CsvTables#cell cells no
 * spreadsheet evaluates}.
 */
final class ClaimsCsv {

    static final List<String> HEADERS = List.of(
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
            "judgedOn");

    private ClaimsCsv() {}

    static String of(ClaimsList list) {
        List<List<Object>> rows = new ArrayList<>();
        for (Row row : list.rows()) {
            rows.add(List.of(
                    row.scheme(),
                    row.familyId(),
                    CsvTables.cell(row.familyName()),
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
        return CsvTables.write(HEADERS, rows);
    }

    private static Object orEmpty(Object value) {
        return value == null ? "" : value;
    }
}
