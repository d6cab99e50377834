package uk.joinedup.webui.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Sharing's acceptance journey in a real headless Chromium, each page checked with axe-core: a housing
 * officer who does not work with a probation client's family is told what of his record is not shown and
 * why, opens it in an emergency, and sees until when; the information-governance officer, whose home
 * page explains that she sees no case content, finds it in her review queue and finds it justified; she
 * then registers a sharing agreement (case-service refusing health information without an article 9
 * condition), revises it and ends it; she sees who has seen the client's record in the access log,
 * filters it, downloads it as CSV and checks that its chain is intact. The steps run in order and
 * share one browser.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharingJourneyBrowserIT {

    private static final DateTimeFormatter GOV_UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final String PROBATION = "Hampshire and Isle of Wight Probation";
    private static final String HOUSING = "Southampton City Council Housing";

    private static final String SURNAME = "Vance" + KeyworkerJourneyBrowserIT.letters();
    private static final String TONY = "Tony " + SURNAME;
    private static final String NOTE = "Tony missed supervision; he says he will not stay away from his daughter.";
    private static final String EXPLANATION = "Neighbours report Tony shouting at his daughter's door tonight ("
            + SURNAME + "); I need his probation contacts.";
    private static final String AGREEMENT = "Offending information for " + SURNAME + " tenancies";

    private static RunningSystem system;
    private static Browser browser;
    private static String tonyUrl;

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
    @Order(1)
    void aProbationPractitionerRecordsANoteAboutHerClient() {
        browser.signIn(system, "jo.carter");
        browser.click(By.cssSelector("main a[href='/people/new']"));
        browser.type("givenNames", "Tony");
        browser.type("familyName", SURNAME);
        browser.typeDate(
                "dateOfBirth",
                LocalDate.of(
                        1970 + ThreadLocalRandom.current().nextInt(30),
                        1 + ThreadLocalRandom.current().nextInt(12),
                        1 + ThreadLocalRandom.current().nextInt(28)));
        browser.choose("Male");
        browser.submit();
        assertThat(browser.heading()).isEqualTo(TONY);
        tonyUrl = browser.url();

        browser.clickLink("Record an event");
        browser.choose("Case note");
        browser.submit();
        browser.type("values-text", NOTE);
        browser.submit();
        assertThat(browser.text()).contains("Case note recorded").contains(NOTE);
        assertThat(browser.has(By.linkText("Get emergency access")))
                .as("nothing is withheld from her")
                .isFalse();
        browser.clickLink("Sharing");
        assertThat(browser.text(By.cssSelector("[data-testid=consents-summary]")))
                .contains("No consent to share is in force.");
        browser.assertAccessible();
    }

    @Test
    @Order(2)
    void aHousingOfficerIsToldWhatIsNotShownAndWhyAndOpensItInAnEmergency() {
        signInAs("lee.morgan");
        browser.open(tonyUrl);
        browser.clickLink("Chronology");
        assertThat(browser.text(By.cssSelector("[data-testid=withheld]")))
                .contains("from " + PROBATION)
                .contains("not shown: you do not work with their family")
                .contains("Emergency access is logged");
        assertThat(browser.text()).doesNotContain(NOTE).contains("No entries are shown to you.");
        browser.screenshot("person-withheld");
        browser.assertAccessible();

        browser.clickLink("Get emergency access");
        assertThat(browser.heading()).isEqualTo("Get emergency access");
        browser.assertAccessible();
        browser.submit();
        assertThat(browser.errorSummary())
                .contains("Select why you need to see the record now")
                .contains("Explain why you need to see the record now");
        assertThat(browser.errorLink("Select why you need to see the record now"))
                .endsWith("#reason");
        browser.assertAccessible();

        browser.choose("A child is at risk of significant harm");
        browser.type("explanation", EXPLANATION);
        browser.submit();

        assertThat(browser.heading()).isEqualTo(TONY);
        assertThat(browser.text(By.cssSelector("[data-testid=emergency-banner]")))
                .containsPattern("Emergency access until \\d\\d:\\d\\d on \\d{1,2} \\w+ \\d{4} — this is reviewed");
        browser.clickLink("Chronology");
        assertThat(browser.text(By.id("chronology"))).contains(NOTE).contains("Recorded by Jo Carter, " + PROBATION);
        assertThat(browser.has(By.cssSelector("[data-testid=withheld]"))).isFalse();
        browser.clickLink("Sharing");
        assertThat(browser.text(By.cssSelector("[data-testid=overrides]")))
                .contains("Lee Morgan")
                .contains("A child is at risk of significant harm")
                .contains(PROBATION)
                .contains("Awaiting review");
        browser.screenshot("person-emergency-access");
        browser.assertAccessible();
    }

    @Test
    @Order(3)
    void theInformationGovernanceOfficerSeesNoCaseContentAndReviewsTheEmergencyAccess() {
        signInAs("mo.ahmed");
        assertThat(browser.text(By.id("navigation")))
                .as("a team manager reviews emergency access to his agency's records, and keeps no agreements")
                .contains("Emergency access to review")
                .doesNotContain("Sharing agreements")
                .doesNotContain("Access log");

        signInAs("chris.ward", "Information governance");
        assertThat(browser.text(By.cssSelector("[data-testid=no-case-content]")))
                .contains("you see no case content");
        assertThat(browser.text(By.id("navigation")))
                .contains("Sharing agreements")
                .contains("Emergency access to review")
                .contains("Access log");
        assertThat(browser.text(By.cssSelector("[data-testid=to-review]"))).contains("to review");
        browser.screenshot("governance-home");
        browser.assertAccessible();

        browser.clickLink("Emergency access to review");
        assertThat(browser.heading()).isEqualTo("Emergency access to review");
        By card = By.xpath("//div[@data-testid='override'][contains(., " + literal(EXPLANATION) + ")]");
        assertThat(browser.text(card))
                .contains("Emergency access by Lee Morgan")
                .contains("Lee Morgan, " + HOUSING)
                .contains("A child is at risk of significant harm")
                .contains("Entries from " + PROBATION);
        browser.screenshot("review-queue");
        browser.assertAccessible();

        browser.click(By.xpath("//div[@data-testid='override'][contains(., " + literal(EXPLANATION)
                + ")]//a[starts-with(normalize-space(), 'Review')]"));
        assertThat(browser.heading()).isEqualTo("Review emergency access");
        browser.assertAccessible();
        browser.submit();
        assertThat(browser.errorSummary())
                .contains("Select whether the emergency access was justified")
                .contains("Write a note of what the review found");
        browser.assertAccessible();
        browser.choose("Justified");
        browser.type("note", "Spoke to Lee and the police: a child was at risk that evening.");
        browser.submit();

        assertThat(browser.text()).contains("Review saved: emergency access by Lee Morgan was justified");
        assertThat(browser.text()).doesNotContain(EXPLANATION);
        browser.assertAccessible();

        browser.open(tonyUrl);
        browser.clickLink("Chronology");
        assertThat(browser.text(By.cssSelector("[data-testid=withheld]")))
                .contains("not shown: your role does not show case content")
                .doesNotContain("Get emergency access");
        assertThat(browser.text()).doesNotContain(NOTE);
        browser.clickLink("Sharing");
        assertThat(browser.text(By.cssSelector("[data-testid=overrides]")))
                .contains("Lee Morgan")
                .contains("Justified")
                .contains("by Chris Ward on " + GOV_UK_DATE.format(TODAY));
        browser.assertAccessible();
    }

    @Test
    @Order(4)
    void theOfficerRegistersRevisesAndEndsASharingAgreement() {
        browser.clickLink("Sharing agreements");
        assertThat(browser.heading()).isEqualTo("Sharing agreements");
        browser.assertAccessible();
        browser.clickLink("Register an agreement");
        assertThat(browser.heading()).isEqualTo("Register a sharing agreement");
        browser.assertAccessible();
        browser.submit();
        assertThat(browser.errorSummary())
                .contains("Enter the title of the agreement")
                .contains("Select the agencies, or kinds of agency, that are parties to the agreement")
                .contains("Select at least one kind of information the agreement shares")
                .contains("Select at least one purpose the agreement is for")
                .contains("Select at least one lawful basis")
                .contains("Enter the review date");
        browser.assertAccessible();

        browser.type("title", AGREEMENT);
        browser.choose(PROBATION);
        browser.choose(HOUSING);
        browser.choose("Offending");
        browser.choose("Health");
        browser.choose("To support the family");
        browser.choose("UK GDPR article 6(1)(e): public task");
        browser.typeDate("startsOn", TODAY.minusDays(400));
        browser.typeDate("reviewOn", TODAY.minusDays(35));
        browser.submit();
        assertThat(browser.errorSummary()).contains("must cite a UK GDPR article 9 condition");
        assertThat(browser.find(By.cssSelector(".govuk-error-summary__list a")).getAttribute("href"))
                .endsWith("#lawfulBases");
        browser.screenshot("agreement-refused");
        browser.assertAccessible();

        browser.choose("Health");
        browser.submit();
        assertThat(browser.heading()).isEqualTo(AGREEMENT);
        assertThat(browser.text())
                .contains("Registered " + AGREEMENT)
                .contains("This is version 1.")
                .contains("Review overdue")
                .contains("UK GDPR article 6(1)(e): public task");
        browser.assertAccessible();

        browser.clickLink("Revise the agreement");
        assertThat(browser.find(By.id("title")).getAttribute("value")).isEqualTo(AGREEMENT);
        browser.assertAccessible();
        browser.choose("Crime and Disorder Act 1998, section 115");
        browser.typeDate("reviewOn", TODAY.plusDays(300));
        browser.submit();
        assertThat(browser.errorSummary()).contains("Enter why you are revising the agreement");
        browser.type("reason", "Annual review: the parties added section 115 of the Crime and Disorder Act.");
        browser.submit();
        assertThat(browser.text())
                .contains("New version of " + AGREEMENT + " saved")
                .contains("This is version 2.")
                .doesNotContain("Review overdue");
        assertThat(browser.findAll(By.cssSelector("[data-testid=agreement-version]")))
                .hasSize(2);
        assertThat(browser.text(By.cssSelector("[data-testid=agreement-version]")))
                .contains("Version 2, recorded by Chris Ward")
                .contains("Annual review")
                .contains("Crime and Disorder Act 1998, section 115");
        browser.screenshot("agreement-versions");
        browser.assertAccessible();

        browser.clickLink("End the agreement");
        browser.assertAccessible();
        browser.typeDate("endsOn", TODAY.minusDays(500));
        browser.type("reason", "Replaced by the county-wide agreement.");
        browser.submit();
        assertThat(browser.errorSummary()).contains("is before the agreement starts");
        assertThat(browser.find(By.cssSelector(".govuk-error-summary__list a")).getAttribute("href"))
                .endsWith("#endsOn-day");
        browser.assertAccessible();
        browser.typeDate("endsOn", TODAY.minusDays(1));
        browser.submit();
        assertThat(browser.text()).contains("Ended " + AGREEMENT);
        assertThat(browser.text(By.cssSelector("[data-testid=agreement-end]")))
                .contains("By Chris Ward. Its last day is " + GOV_UK_DATE.format(TODAY.minusDays(1)));
        assertThat(browser.has(By.linkText("Revise the agreement"))).isFalse();

        browser.clickLink("All sharing agreements");
        By card = By.xpath("//div[@data-testid='agreement'][contains(., " + literal(AGREEMENT) + ")]");
        assertThat(browser.text(card))
                .contains("Ended")
                .contains(PROBATION)
                .contains(HOUSING)
                .contains("Offending")
                .contains("Crime and Disorder Act 1998, section 115")
                .contains(GOV_UK_DATE.format(TODAY.minusDays(400)));
        browser.screenshot("agreements");
        browser.assertAccessible();
    }

    @Test
    @Order(5)
    void theOfficerSeesWhoHasSeenTheRecordDownloadsTheLogAndChecksItIsIntact() {
        browser.open(tonyUrl);
        browser.clickLink("Sharing");
        browser.clickLink("Who has seen this record");
        assertThat(browser.heading()).isEqualTo("Access log");
        assertThat(browser.text(By.cssSelector("[data-testid=access-log-results]")))
                .contains("Viewed a person's record")
                .contains("Jo Carter")
                .contains("Lee Morgan")
                .contains(HOUSING)
                .contains("Case notes: emergency access")
                .contains("Case notes: they do not work with the family")
                .contains("Chris Ward");
        browser.screenshot("access-log");
        browser.assertAccessible();

        browser.typeDate("from", TODAY.minusDays(400));
        browser.typeDate("to", TODAY);
        browser.click(By.xpath("//button[normalize-space()='Apply filters']"));
        assertThat(browser.errorSummary()).contains("The period must not be longer than 366 days");
        browser.assertAccessible();

        browser.typeDate("from", TODAY.minusDays(1));
        browser.select("agency", HOUSING);
        browser.click(By.xpath("//button[normalize-space()='Apply filters']"));
        String housingOnly = browser.text(By.cssSelector("[data-testid=access-log-results]"));
        assertThat(housingOnly)
                .contains("Lee Morgan")
                .doesNotContain("Jo Carter")
                .doesNotContain("Chris Ward");
        browser.assertAccessible();

        HttpResponse<String> csv =
                browser.download(browser.find(By.linkText("Download CSV")).getAttribute("href"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition)
                        .startsWith("attachment")
                        .contains("access-log-" + TODAY.minusDays(1) + "-to-" + TODAY + ".csv"));
        assertThat(csv.body())
                .startsWith("sequence,at,userId")
                .contains("lee.morgan")
                .doesNotContain("jo.carter");

        browser.clickLink("Check that the access log has not been changed");
        assertThat(browser.text(By.cssSelector("[data-testid=verification]")))
                .containsPattern("The access log is intact: [\\d,]+ records checked");
        browser.screenshot("access-log-verification");
        browser.assertAccessible();
    }

    private static void signInAs(String username) {
        signInAs(username, "My caseload");
    }

    private static void signInAs(String username, String home) {
        browser.signOut();
        browser.signIn(system, username);
        assertThat(browser.heading()).isEqualTo(home);
    }

    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
