package uk.joinedup.webui.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A keyworker's first steps with a person in a real headless Chromium, each page checked with
 * axe-core: register a person (the GOV.UK error summary first), record a case note through "record an
 * event", correct it, meet the duplicate check when registering the same person again, and find her
 * again by a misheard name.
 */
class KeyworkerJourneyBrowserIT {

    private static RunningSystem system;
    private Browser browser;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.get();
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void registersAPersonRecordsACaseNoteAndCorrectsIt() {
        String familyName = "Hollis" + letters();
        String nhsNumber = nhsNumber();
        String wrongCheckDigit =
                nhsNumber.substring(0, 9) + (nhsNumber.charAt(9) == '9' ? '0' : (char) (nhsNumber.charAt(9) + 1));
        LocalDate born = LocalDate.of(
                1975 + ThreadLocalRandom.current().nextInt(15),
                2,
                10 + ThreadLocalRandom.current().nextInt(18));
        browser.open(system.webUrl());
        assertThat(browser.heading()).isEqualTo("Work with families as one team");
        browser.assertAccessible();

        browser.clickLink("Sign in");
        assertThat(browser.heading()).isEqualTo("Sign in to JoinedUp");
        browser.assertAccessible();
        browser.enterPassword("sam.patel", RunningSystem.DEMO_PASSWORD);
        assertThat(browser.url()).startsWith(system.identityUrl() + "/login/code");
        browser.assertAccessible();
        AuthenticatorCodes.enter("sam.patel", browser::enterCode);

        assertThat(browser.heading()).isEqualTo("My caseload");
        assertThat(browser.text()).contains("Signed in as Sam Patel");
        browser.assertAccessible();

        browser.click(By.cssSelector("main a[href='/people/new']"));
        browser.submit();
        assertThat(browser.errorSummary())
                .contains("Enter the person's given names")
                .contains("Enter the person's family name")
                .contains("Enter the person's date of birth")
                .contains("Select the person's sex or gender");
        assertThat(browser.errorLink("Enter the person's date of birth")).endsWith("#dateOfBirth-day");
        browser.assertAccessible();

        browser.type("givenNames", "Deborah");
        browser.type("familyName", familyName);
        browser.type("dateOfBirth-day", "31");
        browser.type("dateOfBirth-month", "2");
        browser.type("dateOfBirth-year", String.valueOf(born.getYear()));
        browser.choose("Female");
        browser.type("nhsNumber", wrongCheckDigit);
        browser.submit();
        assertThat(browser.errorSummary())
                .contains("Date of birth must be a real date")
                .contains("NHS number is not valid: its check digit does not match");
        assertThat(browser.errorLink("NHS number is not valid: its check digit does not match"))
                .endsWith("#nhsNumber");
        browser.assertAccessible();

        browser.type("dateOfBirth-day", String.valueOf(born.getDayOfMonth()));
        browser.type("nhsNumber", nhsNumber);
        browser.submit();
        assertThat(browser.heading()).isEqualTo("Deborah " + familyName);
        assertThat(browser.text())
                .contains("Registered Deborah " + familyName)
                .contains(born.getDayOfMonth() + " February " + born.getYear())
                .contains(nhsNumber);
        browser.assertAccessible();

        browser.clickLink("Record an event");
        assertThat(browser.heading()).isEqualTo("What do you want to record?");
        assertThat(browser.text())
                .contains("Compact or parenting contract agreed")
                .doesNotContain("Offence proven");
        browser.assertAccessible();
        browser.submit();
        assertThat(browser.errorSummary()).contains("Select what you want to record");
        browser.choose("Case note");
        browser.submit();
        assertThat(browser.heading()).isEqualTo("Case note");
        browser.assertAccessible();
        browser.type("values-text", "Met Deborah at home. She wants help with her son's school exclusion.");
        browser.submit();

        assertThat(browser.heading()).isEqualTo("Deborah " + familyName);
        assertThat(browser.text())
                .contains("Case note recorded")
                .contains("Met Deborah at home. She wants help with her son's school exclusion.")
                .contains("Recorded by Sam Patel, Southampton City Council Early Help");
        browser.assertAccessible();

        browser.click(By.cssSelector("a[href*='/events/'][href$='/correction']"));
        assertThat(browser.heading()).isEqualTo("Correct: Case note");
        browser.assertAccessible();
        browser.type("values-text", "Met Deborah at home. She wants help with her son's fixed-term exclusion.");
        browser.submit();
        assertThat(browser.errorSummary()).contains("Enter why you are correcting it");
        browser.type("reason", "It was a fixed-term exclusion");
        browser.submit();

        assertThat(browser.text())
                .contains("Case note corrected")
                .contains("She wants help with her son's fixed-term exclusion.")
                .contains("Corrected by Sam Patel on")
                .contains("Reason: It was a fixed-term exclusion");
        browser.assertAccessible();

        browser.clickLink("Register a person");
        browser.type("givenNames", "Deborah");
        browser.type("familyName", familyName);
        browser.typeDate("dateOfBirth", born);
        browser.choose("Female");
        browser.submit();
        assertThat(browser.heading()).isEqualTo("Is this the same person?");
        assertThat(browser.text()).contains("Deborah " + familyName).contains("Same date of birth and a similar name");
        browser.assertAccessible();
        browser.click(By.partialLinkText("Use this person"));
        assertThat(browser.heading()).isEqualTo("Deborah " + familyName);
        browser.clickLink("Chronology");
        assertThat(browser.text()).contains("She wants help with her son's fixed-term exclusion.");

        browser.open(system.webUrl() + "/people");
        assertThat(browser.heading()).isEqualTo("Find a person");
        search();
        assertThat(browser.errorSummary()).contains("Enter a name, date of birth, postcode or identifier");
        assertThat(browser.errorLink("Enter a name, date of birth, postcode or identifier"))
                .endsWith("#name");
        browser.assertAccessible();

        String misheard = "Hollys" + familyName.substring("Hollis".length());
        browser.type("name", "deb " + misheard);
        search();
        assertThat(browser.text())
                .as("a name that sounds the same, and the start of a given name")
                .contains("Deborah " + familyName)
                .contains("Sounds similar");
        browser.assertAccessible();

        browser.find(By.cssSelector("summary.govuk-details__summary")).click();
        browser.type("yearOfBirth", String.valueOf(born.getYear() + 1));
        search();
        assertThat(browser.text())
                .contains("No one found")
                .contains("check the spelling")
                .doesNotContain("Deborah " + familyName);
        browser.assertAccessible();
        browser.type("yearOfBirth", "next year");
        search();
        assertThat(browser.errorSummary()).contains("Year of birth must be a year like 1984");
        browser.type("yearOfBirth", String.valueOf(born.getYear()));
        search();
        assertThat(browser.text()).contains("Deborah " + familyName);
    }

    /** Sends the search form (a GET form, unlike the forms that change something). */
    private void search() {
        browser.click(By.cssSelector("main form[method=get] button[type=submit]"));
    }

    /** A real NHS number (its check digit right), different on every run. */
    static String nhsNumber() {
        while (true) {
            StringBuilder digits = new StringBuilder();
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int digit = ThreadLocalRandom.current().nextInt(10);
                digits.append(digit);
                sum += digit * (10 - i);
            }
            int check = (11 - sum % 11) % 11;
            if (check < 10) {
                return digits.append(check).toString();
            }
        }
    }

    /** A few letters, so that a test's people do not meet a previous run's on a reused system. */
    static String letters() {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }
}
