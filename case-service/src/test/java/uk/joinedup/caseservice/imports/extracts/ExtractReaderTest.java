package uk.joinedup.caseservice.imports.extracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtractReaderTest {

    /** Ref (key), Surname and Served required; Forename optional. */
    private static final ExtractType TINY = ExtractTypesTest.read(
            "tiny.yml",
            ExtractTypesTest.TINY
                    + "  - {name: Forename, maps: person.givenNames, required: false, meaning: The given names}\n");

    private static List<ExtractRow> read(String csv) {
        return read(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<ExtractRow> read(byte[] csv) {
        return ExtractReader.read(TINY, new ByteArrayInputStream(csv));
    }

    private static void refused(String csv, String message) {
        assertThatThrownBy(() -> read(csv)).isInstanceOf(ExtractRefused.class).hasMessage(message);
    }

    @Test
    void readsEachRowByTheTypesNamesForItsColumnsNumberedAsASpreadsheetDoes() {
        List<ExtractRow> rows = read("Ref,Surname,Served,Forename\r\nA1,Lee,01/03/2025,Ann\r\nA2,Kim,02/03/2025,\r\n");

        assertThat(rows)
                .containsExactly(
                        new ExtractRow(
                                2, Map.of("Ref", "A1", "Surname", "Lee", "Served", "01/03/2025", "Forename", "Ann")),
                        new ExtractRow(
                                3, Map.of("Ref", "A2", "Surname", "Kim", "Served", "02/03/2025", "Forename", "")));
    }

    @Test
    void matchesHeadingsIgnoringCaseAndSurroundingSpacesAndStripsValues() {
        List<ExtractRow> rows = read(" ref ,SURNAME,\tserved\n  A1 , Lee ,01/03/2025\n");

        assertThat(rows)
                .containsExactly(new ExtractRow(2, Map.of("Ref", "A1", "Surname", "Lee", "Served", "01/03/2025")));
    }

    @Test
    void readsAByteOrderMarkBeforeTheFirstHeading() {
        List<ExtractRow> rows = read("\uFEFFRef,Surname,Served\nA1,Lee,01/03/2025\n");

        assertThat(rows)
                .containsExactly(new ExtractRow(2, Map.of("Ref", "A1", "Surname", "Lee", "Served", "01/03/2025")));
    }

    @Test
    void ignoresColumnsTheTypeDoesNotKnowAndLeavesOutOptionalColumnsTheFileDoesNotHave() {
        List<ExtractRow> rows = read("Notes,Ref,Surname,Served\nsee file,A1,Lee,01/03/2025\n");

        assertThat(rows)
                .containsExactly(new ExtractRow(2, Map.of("Ref", "A1", "Surname", "Lee", "Served", "01/03/2025")));
        assertThat(rows.get(0).value("Forename")).isEmpty();
    }

    @Test
    void namesEveryMissingRequiredColumnInOneMessage() {
        refused(
                "Notes,Forename\nx,Ann\n",
                "The file has no column called Ref, Surname, Served: a Tiny extract needs them"
                        + " (the first row must be the column headings)");
        refused(
                "Ref,Surname,Forename\nA1,Lee,Ann\n",
                "The file has no column called Served: a Tiny extract needs it"
                        + " (the first row must be the column headings)");
    }

    @Test
    void refusesAQuoteLeftOpenWithTheRowItGotTo() {
        refused(
                "Ref,Surname,Served\nA1,Lee,01/03/2025\nA2,\"Kim,02/03/2025\nA3,Day,03/03/2025\n",
                "The file could not be read after row 2: a value may have a quote mark that is not closed");
    }

    @Test
    void refusesTextThatIsNotUtf8SayingHowToSaveIt() {
        // The reader decodes ahead of the parser (8192 bytes at a time), so in a small file a bad byte in row 3
        // is found while the headings are read: the row named is where the parser had got to, not the bad row.
        ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
        latin1.writeBytes("Ref,Surname,Served\nA1,Lee,01/03/2025\nA2,".getBytes(StandardCharsets.UTF_8));
        latin1.writeBytes("Zoë".getBytes(StandardCharsets.ISO_8859_1));
        latin1.writeBytes(",02/03/2025\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> read(latin1.toByteArray()))
                .isInstanceOf(ExtractRefused.class)
                .hasMessage("The file is not UTF-8 text (at row 1 or just after it):"
                        + " save it from the spreadsheet as \"CSV UTF-8\"");
    }

    @Test
    void refusesAFileWithHeadingsButNoRows() {
        refused("Ref,Surname,Served\n", "The file has headings but no rows");
        refused("Ref,Surname,Served\n\n\r\n", "The file has headings but no rows");
    }

    @Test
    void refusesAnEmptyFile() {
        refused("", "The file is empty: its first row must be its column headings");
        refused("\n\nRef,Surname,Served\n", "The file's first row is blank: it must be the column headings");
    }

    @Test
    void refusesAHeadingLeftBlank() {
        refused(
                "Ref,,Surname,Served\nA1,x,Lee,01/03/2025\n",
                "The file's first row must be its column headings, each named once:"
                        + " A header name is missing in [Ref, , Surname, Served]");
    }

    @Test
    void refusesAColumnNamedTwice() {
        refused(
                "Ref,Surname,Served,Surname\nA1,Lee,01/03/2025,Kim\n",
                "The file's first row must be its column headings, each named once: Surname is there twice");
        refused(
                "Ref,Surname,Served,SURNAME\nA1,Lee,01/03/2025,Kim\n",
                "The file's first row must be its column headings, each named once: Surname is there twice");
    }

    @Test
    void skipsBlankLinesCountingThemAsRowsAsASpreadsheetDoes() {
        List<ExtractRow> rows = read("Ref,Surname,Served\n\nA1,Lee,01/03/2025\n\n\nA2,Kim,02/03/2025\n\n");

        // A spreadsheet opening this file shows A1 on row 3 and A2 on row 6
        assertThat(rows).extracting(ExtractRow::row).containsExactly(3, 6);
        assertThat(rows).extracting(row -> row.value("Ref")).containsExactly("A1", "A2");
    }

    @Test
    void countsARowWithAValueOverSeveralLinesOnce() {
        List<ExtractRow> rows =
                read("Ref,Surname,Served\nA1,\"Lee\nSmith\",01/03/2025\nA2,\"Kim, \"\"Jo\"\"\",02/03/2025\n");

        assertThat(rows)
                .containsExactly(
                        new ExtractRow(2, Map.of("Ref", "A1", "Surname", "Lee\nSmith", "Served", "01/03/2025")),
                        new ExtractRow(3, Map.of("Ref", "A2", "Surname", "Kim, \"Jo\"", "Served", "02/03/2025")));
    }

    @Test
    void flagsARowWithTooFewOrTooManyValues() {
        List<ExtractRow> rows =
                read("Ref,Notes,Surname,Served\nA1,x,Lee\nA2,x,Kim,02/03/2025,extra\nA3,x,Day,03/03/2025\n");

        assertThat(rows)
                .containsExactly(
                        new ExtractRow(
                                2,
                                Map.of(
                                        "Ref",
                                        "A1",
                                        "Surname",
                                        "Lee",
                                        "Served",
                                        "",
                                        ExtractRow.WIDTH_PROBLEM,
                                        "3 values in a file of 4 columns")),
                        new ExtractRow(
                                3,
                                Map.of(
                                        "Ref",
                                        "A2",
                                        "Surname",
                                        "Kim",
                                        "Served",
                                        "02/03/2025",
                                        ExtractRow.WIDTH_PROBLEM,
                                        "5 values in a file of 4 columns")),
                        new ExtractRow(4, Map.of("Ref", "A3", "Surname", "Day", "Served", "03/03/2025")));
    }

    @Test
    void readsAsManyRowsAsOneImportTakes() {
        assertThat(ExtractReader.read(TINY, rows(ExtractReader.MOST_ROWS))).hasSize(ExtractReader.MOST_ROWS);
    }

    @Test
    void refusesAFileWithMoreRowsThanOneImportTakes() {
        assertThatThrownBy(() -> ExtractReader.read(TINY, rows(ExtractReader.MOST_ROWS + 1)))
                .isInstanceOf(ExtractRefused.class)
                .hasMessage(
                        "The file has more than 250000 rows, the most one import takes: split it into smaller files");
    }

    /** A file of headings and so many short rows, made as it is read. */
    private static InputStream rows(int count) {
        byte[] headings = "Ref,Surname,Served\n".getBytes(StandardCharsets.US_ASCII);
        byte[] row = "1,a,b\n".getBytes(StandardCharsets.US_ASCII);
        long size = headings.length + (long) row.length * count;
        return new InputStream() {
            private long at;

            @Override
            public int read() {
                if (at == size) {
                    return -1;
                }
                long i = at++;
                return i < headings.length ? headings[(int) i] : row[(int) ((i - headings.length) % row.length)];
            }
        };
    }
}
