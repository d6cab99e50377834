package uk.joinedup.caseservice.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class CsvTablesTest {

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1:A2)", "+44 7700 900123", "-1", "@cmd", "\tTab", "\rReturn"})
    void prefixesAnApostropheToTextASpreadsheetWouldTakeForAFormula(String value) {
        assertThat(CsvTables.cell(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sam Patel", "'quoted", "a=b", "1+1", "x-y", "jo@example.org", " =lead", "\n=next"})
    void leavesOtherTextAlone(String value) {
        assertThat(CsvTables.cell(value)).isEqualTo(value);
    }

    @Test
    void writesNoTextAsAnEmptyCell() {
        assertThat(CsvTables.cell(null)).isEmpty();
        assertThat(CsvTables.cell("")).isEmpty();
    }

    @Test
    void writesAHeaderRowThenEachRowEndingInCarriageReturnAndLineFeed() {
        String csv = CsvTables.write(
                List.of("name", "on", "count"),
                List.of(List.of("Sam Patel", LocalDate.of(2026, 11, 23), 4), List.of("Jo Carter", "", 0)));

        assertThat(csv).isEqualTo("name,on,count\r\nSam Patel,2026-11-23,4\r\nJo Carter,,0\r\n");
    }

    @Test
    void quotesCommasQuotesAndLineBreaksAndDoublesQuotes() {
        String csv = CsvTables.write(
                List.of("a", "b", "c", "d"),
                List.of(List.of("Carter, Jo", "Jo \"JC\" Carter", "two\nlines", "back\r\nthen")));

        assertThat(csv)
                .isEqualTo("a,b,c,d\r\n\"Carter, Jo\",\"Jo \"\"JC\"\" Carter\",\"two\nlines\",\"back\r\nthen\"\r\n");
    }

    @Test
    void writesNullAsAnEmptyCell() {
        assertThat(CsvTables.write(List.of("a", "b", "c"), List.of(Arrays.asList("x", null, "z"))))
                .isEqualTo("a,b,c\r\nx,,z\r\n");
    }

    @Test
    void writesOnlyTheHeaderRowWithoutRows() {
        assertThat(CsvTables.write(List.of("a", "b"), List.of())).isEqualTo("a,b\r\n");
    }

    @Test
    void answersTheTableAsAUtf8CsvFileToDownload() {
        ResponseEntity<String> download = CsvTables.download("x.csv", "a\r\n1\r\n");

        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getHeaders().getContentType())
                .isEqualTo(new MediaType("text", "csv", StandardCharsets.UTF_8));
        assertThat(download.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"x.csv\"");
        assertThat(download.getBody()).isEqualTo("a\r\n1\r\n");
    }
}
