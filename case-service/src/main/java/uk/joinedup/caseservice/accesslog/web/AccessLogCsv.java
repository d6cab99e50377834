package uk.joinedup.caseservice.accesslog.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.joinedup.caseservice.accesslog.LoggedAccess;
import uk.joinedup.caseservice.infrastructure.web.CsvTables;

/**
 * Writes records of the access log as CSV (RFC 4180, with a header row, like {@link CsvTables#write}) through
 * Commons CSV, which quotes and escapes, a record at a time as they are read. Text cells (users type names and
 * search text) go through {@link CsvTables#cell}, so that opening the export runs no formula. A search an erasure
 * redacted has no text and names the erasure in {@code redacted}.
 */
final class AccessLogCsv implements AutoCloseable {

    static final String[] HEADERS = {
        "sequence",
        "at",
        "userId",
        "userName",
        "agency",
        "what",
        "subjectId",
        "personIds",
        "shown",
        "withheld",
        "references",
        "search",
        "redacted",
        "previousHash",
        "hash"
    };

    private static final DateTimeFormatter UK_TIME =
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneId.of("Europe/London"));
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setHeader(HEADERS).get();

    private final CSVPrinter printer;

    AccessLogCsv(OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            this.printer = new CSVPrinter(writer, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(LoggedAccess record) {
        try {
            printer.printRecord(
                    record.sequence(),
                    UK_TIME.format(record.at()),
                    CsvTables.cell(record.userId()),
                    CsvTables.cell(record.userName()),
                    CsvTables.cell(record.agency()),
                    record.what(),
                    CsvTables.cell(record.subjectId()),
                    CsvTables.cell(String.join(" ", record.personIds())),
                    CsvTables.cell(categories(record.shown())),
                    CsvTables.cell(categories(record.withheld())),
                    CsvTables.cell(String.join(" ", record.references())),
                    CsvTables.cell(record.search()),
                    CsvTables.cell(record.redacted()),
                    record.previousHash(),
                    record.hash());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code HOUSING (CONSENT, OWN_AGENCY); IDENTITY (MATCHING)} */
    private static String categories(Map<String, List<String>> byCategory) {
        return byCategory.entrySet().stream()
                .map(category -> category.getKey() + " (" + String.join(", ", category.getValue()) + ")")
                .collect(Collectors.joining("; "));
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
