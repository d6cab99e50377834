package uk.joinedup.caseservice.imports.extracts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an extract's CSV file (UTF-8, a byte order mark allowed, headings in the first row) into rows. The
 * whole file is read before anything is kept, so that a file that cannot be read, even in its last row, is
 * refused whole ({@link ExtractRefused}): a missing column, a quote left open, text that is not UTF-8. A
 * column the type does not know is ignored.
 */
public final class ExtractReader {

    /** More rows than any one extract of a council's needs; a bigger file is refused before it is kept. */
    public static final int MOST_ROWS = 250_000;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(false)
            .setTrim(true)
            .get();

    /** Characters read ahead to find the first row, and put back: more than any row of headings. */
    private static final int FIRST_ROW_READ_AHEAD = 64 * 1024;

    private ExtractReader() {}

    public static List<ExtractRow> read(ExtractType type, InputStream file) {
        BufferedReader text = new BufferedReader(new InputStreamReader(
                file,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        int row = 1;
        try (CSVParser parser = FORMAT.parse(nonEmpty(text))) {
            Map<String, String> headings = headings(type, parser.getHeaderNames());
            List<ExtractRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                row++;
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue; // a blank line: a row of the spreadsheet, with nothing in it
                }
                if (rows.size() == MOST_ROWS) {
                    throw new ExtractRefused("The file has more than " + MOST_ROWS
                            + " rows, the most one import takes: split it into smaller files");
                }
                rows.add(row(row, record, headings, parser.getHeaderNames().size()));
            }
            if (rows.isEmpty()) {
                throw new ExtractRefused("The file has headings but no rows");
            }
            return rows;
        } catch (UncheckedIOException e) {
            throw unreadable(row, e.getCause());
        } catch (IOException e) {
            throw unreadable(row, e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ExtractRefused("The file's first row must be its column headings, each named once: "
                    + Optional.ofNullable(e.getMessage()).orElse("they could not be read"));
        }
    }

    /** The file's headings by the type's names for them; a required column missing refuses the file. */
    private static Map<String, String> headings(ExtractType type, List<String> fileHeadings) {
        if (fileHeadings.isEmpty()) {
            throw new ExtractRefused("The file is empty: its first row must be its column headings");
        }
        Map<String, String> found = new LinkedHashMap<>();
        for (String heading : fileHeadings) {
            type.column(stripByteOrderMark(heading)).ifPresent(column -> {
                if (found.containsValue(column.name())) {
                    throw new ExtractRefused("The file's first row must be its column headings, each named once: "
                            + column.name() + " is there twice");
                }
                found.put(heading, column.name());
            });
        }
        List<String> missing = type.columns().stream()
                .filter(ExtractColumn::required)
                .map(ExtractColumn::name)
                .filter(name -> !found.containsValue(name))
                .toList();
        if (!missing.isEmpty()) {
            throw new ExtractRefused("The file has no column called " + String.join(", ", missing)
                    + ": a " + type.name() + " extract needs " + (missing.size() == 1 ? "it" : "them")
                    + " (the first row must be the column headings)");
        }
        return found;
    }

    private static ExtractRow row(int row, CSVRecord record, Map<String, String> headings, int width) {
        Map<String, String> values = new LinkedHashMap<>();
        headings.forEach((heading, column) -> values.put(column, record.isSet(heading) ? record.get(heading) : ""));
        if (record.size() != width) {
            values.put(ExtractRow.WIDTH_PROBLEM, record.size() + " values in a file of " + width + " columns");
        }
        return new ExtractRow(row, values);
    }

    private static ExtractRefused unreadable(int row, Throwable cause) {
        if (cause instanceof CharacterCodingException) {
            return new ExtractRefused("The file is not UTF-8 text (at row " + row
                    + " or just after it): save it from the spreadsheet as \"CSV UTF-8\"");
        }
        return new ExtractRefused(
                "The file could not be read after row " + row + ": a value may have a quote mark that is not closed");
    }

    /** The file's text, refused if it has no first row of headings (blank lines after it are rows, skipped). */
    private static Reader nonEmpty(BufferedReader text) throws IOException {
        text.mark(FIRST_ROW_READ_AHEAD);
        String first = text.readLine();
        if (first == null) {
            throw new ExtractRefused("The file is empty: its first row must be its column headings");
        }
        if (first.isBlank()) {
            throw new ExtractRefused("The file's first row is blank: it must be the column headings");
        }
        text.reset();
        return text;
    }

    private static String stripByteOrderMark(String heading) {
        return heading.startsWith("\uFEFF") ? heading.substring(1) : heading;
    }
}
