package uk.joinedup.caseservice.accesslog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.accesslog.LoggedAccess;

class AccessLogCsvTest {

    private static final LoggedAccess VIEW = new LoggedAccess(
            7,
            2,
            Instant.parse("2026-07-01T08:30:00.250Z"),
            "jo.carter",
            "Carter, Jo \"JC\"",
            "southampton-probation",
            "PERSON",
            "person-1",
            List.of("person-1"),
            Map.of("IDENTITY", List.of("MATCHING", "OWN_AGENCY"), "OFFENDING", List.of("OWN_AGENCY")),
            Map.of("HEALTH", List.of("NO_EXPLICIT_CONSENT")),
            List.of("consent:c-1"),
            null,
            null,
            null,
            null,
            "0".repeat(64),
            "a".repeat(64));

    @Test
    void startsWithAHeaderRow() {
        assertThat(csv(VIEW).lines().findFirst().orElseThrow())
                .isEqualTo(
                        "sequence,at,userId,userName,agency,what,subjectId,personIds,shown,withheld,references,search,"
                                + "redacted,previousHash,hash");
    }

    @Test
    void quotesANameWithACommaAndDoublesItsQuotes() {
        String csv = csv(VIEW);

        assertThat(csv).contains(",\"Carter, Jo \"\"JC\"\"\",");
        CSVRecord row = parse(csv).get(0);
        assertThat(row.get("userName")).isEqualTo("Carter, Jo \"JC\"");
        assertThat(row.get("sequence")).isEqualTo("7");
        assertThat(row.get("at")).isEqualTo("2026-07-01T09:30:00.25+01:00");
        assertThat(row.get("shown")).isEqualTo("IDENTITY (MATCHING, OWN_AGENCY); OFFENDING (OWN_AGENCY)");
        assertThat(row.get("withheld")).isEqualTo("HEALTH (NO_EXPLICIT_CONSENT)");
        assertThat(row.get("search")).isEmpty();
        assertThat(row.get("hash")).isEqualTo("a".repeat(64));
    }

    @Test
    void neutralisesCellsASpreadsheetWouldRunAsFormulas() {
        LoggedAccess search = new LoggedAccess(
                8,
                2,
                VIEW.at(),
                "jo.carter",
                "=HYPERLINK(\"http://evil\")",
                "southampton-probation",
                "PERSON_SEARCH",
                null,
                List.of(),
                Map.of(),
                Map.of(),
                List.of(),
                "+44 7700 900123",
                "00".repeat(16),
                "c".repeat(64),
                null,
                "0".repeat(64),
                "b".repeat(64));

        CSVRecord row = parse(csv(search)).get(0);

        assertThat(row.get("userName")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(row.get("search")).isEqualTo("'+44 7700 900123");
        assertThat(row.get("subjectId")).isEmpty();
    }

    @Test
    void aRedactedSearchHasNoTextAndNamesTheErasure() {
        LoggedAccess redacted = new LoggedAccess(
                9,
                2,
                VIEW.at(),
                "jo.carter",
                "Jo Carter",
                "southampton-probation",
                "PERSON_SEARCH",
                null,
                List.of("person-1"),
                Map.of(),
                Map.of(),
                List.of(),
                null,
                null,
                "c".repeat(64),
                "erasure-1",
                "0".repeat(64),
                "b".repeat(64));

        CSVRecord row = parse(csv(redacted)).get(0);

        assertThat(row.get("search")).isEmpty();
        assertThat(row.get("redacted")).isEqualTo("erasure-1");
    }

    @Test
    void endsRowsWithCarriageReturnAndLineFeed() {
        assertThat(csv(VIEW)).contains("\r\n").endsWith("\r\n");
    }

    private static String csv(LoggedAccess... records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AccessLogCsv csv = new AccessLogCsv(out)) {
            for (LoggedAccess record : records) {
                csv.write(record);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> parse(String csv) {
        try {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(csv))
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
