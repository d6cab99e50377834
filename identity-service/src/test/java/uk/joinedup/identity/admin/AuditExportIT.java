package uk.joinedup.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import uk.joinedup.identity.directory.Role;
import uk.joinedup.identity.support.Browser;
import uk.joinedup.identity.support.IdentityServiceIT;
import uk.joinedup.identity.support.TestUser;

/** The audit trail as CSV: every event an administrator may see, and no other agency's. */
class AuditExportIT extends IdentityServiceIT {

    @Test
    void exportsTheAgencysEventsAsCsv() throws IOException {
        TestUser admin = users.create("solent-health", Role.AGENCY_ADMIN);
        TestUser nurse = users.create("solent-health", Role.KEYWORKER);
        TestUser elsewhere = users.create("hampshire-police", Role.KEYWORKER);
        browser().signIn(nurse);
        browser().signIn(elsewhere);
        Browser browser = browser();
        browser.signIn(admin);

        Browser.Page csv = browser.get("/admin/audit.csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.body()))
                .getRecords();
        assertThat(records)
                .anySatisfy(record -> {
                    assertThat(record.get("type")).isEqualTo("SIGNED_IN");
                    assertThat(record.get("subject")).isEqualTo(nurse.username());
                    assertThat(record.get("agency")).isEqualTo("solent-health");
                    assertThat(record.get("address")).isEqualTo("127.0.0.1");
                })
                .allSatisfy(record -> assertThat(record.get("agency")).isEqualTo("solent-health"))
                .noneSatisfy(record -> assertThat(record.get("subject")).isEqualTo(elsewhere.username()));
    }

    @Test
    void aSystemAdministratorExportsEveryAgencysEvents() throws IOException {
        TestUser elsewhere = users.create("hampshire-police", Role.KEYWORKER);
        browser().signIn(elsewhere);
        Browser browser = browser();
        browser.signIn(users.create("southampton-early-help", Role.SYSTEM_ADMIN));

        String csv = browser.get("/admin/audit.csv?type=SIGNED_IN").body();

        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        assertThat(records).allSatisfy(record -> assertThat(record.get("type")).isEqualTo("SIGNED_IN"));
        assertThat(records)
                .anySatisfy(record -> assertThat(record.get("subject")).isEqualTo(elsewhere.username()));
    }
}
