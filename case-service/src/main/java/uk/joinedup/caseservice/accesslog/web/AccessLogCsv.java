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

/**
 * Writes records of the access log as CSV (RFC 4180, with a header row) through Commons CSV, which
 * quotes and escapes. A cell that a spreadsheet would take for a formula (it starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return: users type search text and names) is
 * prefixed with an apostrophe, so that opening the export runs nothing.
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
                    cell(record.userId()),
                    cell(record.userName()),
                    cell(record.agency()),
                    record.what(),
                    cell(record.subjectId()),
                    cell(String.join(" ", record.personIds())),
                    cell(categories(record.shown())),
                    cell(categories(record.withheld())),
                    cell(String.join(" ", record.references())),
                    cell(record.search()),
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

    /** The value as a cell no spreadsheet evaluates. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
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
