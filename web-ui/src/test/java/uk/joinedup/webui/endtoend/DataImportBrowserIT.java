package uk.joinedup.webui.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A data officer imports extracts in a real headless Chromium, each page checked with axe-core, on the demo: Nia
 * Edwards uploads a term's attendance for two pupils nobody has registered and a malformed row; the dry run's
 * report (found while its page refreshed itself) says two new people and one refused row with its column and
 * reason; she imports it. The next term's file names one pupil by his initial and no UPN, at another postcode: he
 * waits in the rows to review, where she chooses him. The first file uploaded again finds both rows unchanged.
 *
 * <p>Only this class imports: its pupils are its own, so the demo families other classes read are untouched.
 */
class DataImportBrowserIT {

    private static final String HEADINGS = "UPN,Forename,Surname,Date of birth,Postcode,Academic year,Term,"
            + "Term ended,Sessions possible,Authorised absences,Unauthorised absences";
    private static final By START = By.cssSelector("[data-testid='start-import'] button");
    private static final By IMPORTED = By.cssSelector("[data-testid='imported']");
    private static final By SUCCESS = By.cssSelector(".govuk-notification-banner--success");

    private static RunningSystem system;
    private static Browser browser;

    @BeforeAll
    static void start() {
        system = RunningSystem.get();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void aDataOfficerUploadsChecksImportsAndDecidesTheRowsToReview() throws IOException {
        Path spring = extract(
                "spring.csv",
                upn(1) + ",Zara,Quillfeather,12/03/2013,SO16 5EF,2025/26,Spring,27/03/2026,120,4,16",
                upn(2) + ",Theo,Quillfeather,30/11/2015,SO16 5EF,2025/26,Spring,27/03/2026,120,2,20",
                upn(3) + ",Ada,Quillfeather,12/13/2013,SO16 5EF,2025/26,Spring,27/03/2026,120,0,0");
        browser.signIn(system, "nia.edwards");
        browser.clickLink("Data imports");
        assertThat(browser.heading()).isEqualTo("Data imports");
        browser.assertAccessible();

        browser.submit();
        assertThat(browser.errorSummary())
                .contains("Select what the file holds")
                .contains("Select a CSV file");
        browser.assertAccessible();

        upload("School attendance, per term", spring);
        awaitReport();
        browser.screenshot("import-dry-run");
        String report = browser.text(By.tagName("main"));
        assertThat(report).contains("New people to register").contains("Refused, with a problem in the row");
        assertThat(browser.text(By.cssSelector("[data-testid='refusals']")))
                .contains("4")
                .contains("Date of birth")
                .contains("Enter a real date, written dd/mm/yyyy");
        browser.assertAccessible();

        browser.click(START);
        await(IMPORTED);
        assertThat(browser.text(IMPORTED)).contains("2 rows imported");
        browser.assertAccessible();

        Path summer = extract(
                "summer.csv",
                upn(1) + ",Zara,Quillfeather,12/03/2013,SO16 5EF,2025/26,Summer,22/07/2026,110,2,9",
                upn(9) + ",T,Quillfeather,30/11/2015,SO18 2XY,2025/26,Summer,22/07/2026,110,3,18");
        browser.clickLink("Back to data imports");
        upload("School attendance, per term", summer);
        awaitReport();
        assertThat(browser.text(By.tagName("main"))).contains("Need a person to decide who they are");
        browser.click(START);
        await(IMPORTED);
        browser.assertAccessible();

        browser.clickLink("Review the rows");
        assertThat(browser.heading()).isEqualTo("Rows to review");
        assertThat(browser.text(By.cssSelector("[data-testid='review-row']")))
                .contains("Row 3 of summer.csv")
                .contains("Theo Quillfeather")
                .contains("out of 100");
        browser.assertAccessible();
        browser.submit();
        assertThat(browser.errorSummary()).isNotBlank();
        browser.assertAccessible();
        browser.choose("Theo Quillfeather");
        browser.submit();
        assertThat(browser.text(SUCCESS)).contains("Row 3 of summer.csv");
        assertThat(browser.text(By.cssSelector("[data-testid='no-rows']"))).isEqualTo("No rows need review");
        browser.assertAccessible();

        browser.clickLink("Data imports");
        upload("School attendance, per term", spring);
        awaitReport();
        assertThat(browser.text(By.tagName("main"))).contains("Imported before, unchanged");
        browser.signOut();
    }

    private static void upload(String type, Path file) {
        browser.choose(type);
        browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.submit();
    }

    /** The dry run's report, once the progress page (refreshing itself) has become it. */
    private static void awaitReport() {
        await(START);
    }

    /**
     * Waits while the progress page updates itself until it shows {@code by}. The first time it shows progress,
     * its link that stops the updating is followed, and that page (the same progress, still) checked with axe:
     * a page that reloads itself cannot be checked while it may reload.
     */
    private static void await(By by) {
        Instant until = Instant.now().plus(Duration.ofMinutes(1));
        boolean checked = false;
        while (!browser.has(by)) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("The page never showed " + by + ": " + browser.text());
            }
            By stop = By.cssSelector("[data-testid='stop-updating']");
            if (!checked && browser.has(stop)) {
                String updating = browser.url();
                browser.click(stop);
                browser.assertAccessible();
                browser.open(updating);
                checked = true;
            }
            sleep();
        }
    }

    private static Path extract(String name, String... rows) throws IOException {
        Path file = Files.createTempDirectory("extract").resolve(name);
        Files.writeString(file, HEADINGS + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    /** A unique pupil number of Southampton's (852), with its check letter. */
    private static String upn(int serial) {
        String digits = "852" + "7777" + "25" + String.format("%03d", serial);
        int sum = 0;
        for (int position = 2; position <= 13; position++) {
            sum += (digits.charAt(position - 2) - '0') * position;
        }
        return "ABCDEFGHJKLMNPQRTUVWXYZ".charAt(sum % 23) + digits;
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
