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
 * From an agency's extract to the early-help manager's list, in a real headless Chromium, each page checked with
 * axe-core, on the demo. Mo Ahmed, the early-help team's manager, finds the Reed family (whom nobody works with
 * yet) meeting two of the four entry criteria, crime and work, from the police's and Jobcentre Plus's facts. Nia
 * Edwards, the education welfare service's data officer, uploads a term's attendance for two pupils nobody has
 * registered and a malformed row; the dry run's report (found while its page updated itself) says two new people
 * and one refused row with its column and reason; she imports it. The next term's file names one pupil by his
 * initial and no UPN, at another postcode: he waits in the rows to review, where she chooses him. The first file
 * again finds both rows unchanged, and she discards it (nothing recorded). Then she imports Kai Reed's attendance for the last three terms, a fifth of
 * it unauthorised: Mo now finds the Reeds meeting education too, three of four; a decision without a reason is
 * refused, and "Not now" with a reason takes them off the families not yet decided on.
 *
 * <p>Only this class imports or decides on the Reeds; other browser classes share the started system.
 */
class DataImportBrowserIT {

    private static final String HEADINGS = "UPN,Forename,Surname,Date of birth,Postcode,Academic year,Term,"
            + "Term ended,Sessions possible,Authorised absences,Unauthorised absences";
    private static final By START = By.cssSelector("[data-testid='start-import'] button");
    private static final By IMPORTED = By.cssSelector("[data-testid='imported']");
    private static final By DISCARD = By.cssSelector("[data-testid='discard-import'] button");
    private static final By SUCCESS = By.cssSelector(".govuk-notification-banner--success");
    private static final String REEDS_CARD = "//*[@data-testid='candidate'][.//h2[normalize-space()='Reed family']]";
    private static final By REEDS = By.xpath(REEDS_CARD);
    private static final By REEDS_CRITERIA = By.xpath(REEDS_CARD + "//*[@data-testid='criteria-met']");

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
    void anExtractImportedAndReviewedBringsAFamilyOntoTheEarlyHelpManagersList() throws IOException {
        moFindsTheReedsMeetingCrimeAndWork();
        niaImportsAttendanceAndDecidesTheRowsToReview();
        niaImportsKaiReedsAttendance();
        moFindsTheReedsMeetingEducationTooAndDecidesNotNow();
    }

    private static void moFindsTheReedsMeetingCrimeAndWork() {
        browser.signIn(system, "mo.ahmed");
        browser.clickLink("Early identification");
        assertThat(browser.heading()).isEqualTo("Families who may meet the criteria");
        assertThat(browser.text(By.tagName("main"))).contains("Nothing on this page is shown to other agencies");
        assertThat(browser.text(REEDS))
                .contains("Kai Reed, born 14 March 2013")
                .contains("2 of 4 entry criteria met: ")
                .contains("Anti-social behaviour intervention")
                .contains("Benefit claim started");
        assertThat(browser.text(REEDS_CRITERIA))
                .as("no school has recorded Kai's attendance")
                .doesNotContainIgnoringCase("education");
        browser.screenshot("identification-list");
        browser.assertAccessible();
        browser.signOut();
    }

    private static void niaImportsAttendanceAndDecidesTheRowsToReview() throws IOException {
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
        browser.click(DISCARD);
        assertThat(browser.heading()).isEqualTo("Data imports");
        assertThat(browser.text(SUCCESS)).contains("The file was discarded: nothing was recorded");
        assertThat(browser.text(By.tagName("main"))).contains("Discarded");
        browser.assertAccessible();
    }

    /** The last three terms before today, each a fifth unauthorised: the education criterion's 15% is met. */
    private static void niaImportsKaiReedsAttendance() throws IOException {
        Path kai = extract(
                "kai-reed.csv",
                upn(21) + ",Kai,Reed,14/03/2013,SO17 2ES,2025/26,Autumn,19/12/2025,120,2,24",
                upn(21) + ",Kai,Reed,14/03/2013,SO17 2ES,2025/26,Spring,27/03/2026,120,2,24",
                upn(21) + ",Kai,Reed,14/03/2013,SO17 2ES,2025/26,Summer,22/07/2026,120,2,24");
        upload("School attendance, per term", kai);
        awaitReport();
        assertThat(browser.text(START)).as("all three rows matched to Kai").isEqualTo("Import 3 rows");
        browser.click(START);
        await(IMPORTED);
        assertThat(browser.text(IMPORTED)).contains("3 rows imported");
        browser.signOut();
    }

    private static void moFindsTheReedsMeetingEducationTooAndDecidesNotNow() {
        browser.signIn(system, "mo.ahmed");
        browser.clickLink("Early identification");
        assertThat(browser.text(REEDS)).contains("3 of 4 entry criteria met: ");
        assertThat(browser.text(REEDS_CRITERIA)).containsIgnoringCase("education");
        browser.assertAccessible();

        browser.click(By.xpath(REEDS_CARD + "//a[@data-testid='decide']"));
        assertThat(browser.heading()).isEqualTo("Record a decision about Reed family");
        browser.assertAccessible();
        browser.choose("Not now");
        browser.submit();
        browser.screenshot("identification-decision-errors");
        assertThat(browser.errorSummary()).contains("Enter the reason for your decision");
        browser.assertAccessible();

        String reason = "Kai's school is starting a mentoring plan this month; look again after the spring term ("
                + KeyworkerJourneyBrowserIT.letters() + ")";
        browser.choose("Not now");
        browser.type("reason", reason);
        browser.submit();
        assertThat(browser.heading()).isEqualTo("Families who may meet the criteria");
        assertThat(browser.text(SUCCESS)).contains("You decided not to refer Reed family now");
        assertThat(browser.has(REEDS))
                .as("decided: no longer among those not yet decided")
                .isFalse();
        browser.assertAccessible();

        browser.clickLink("All families");
        assertThat(browser.text(REEDS)).contains("Not now").contains(reason).contains("Mo Ahmed");
        browser.screenshot("identification-all");
        browser.assertAccessible();
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
