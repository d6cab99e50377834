package uk.joinedup.webui.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A keyworker's first steps in a real headless Chromium, each page checked with axe-core. */
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
    void signsInRegistersAPersonAddsANoteAndSeesItOnTheirPage() {
        browser.open(system.webUrl());
        assertThat(browser.heading()).isEqualTo("Work with families as one team");
        browser.assertAccessible();

        browser.click(By.linkText("Sign in"));
        assertThat(browser.heading()).isEqualTo("Sign in to JoinedUp");
        browser.assertAccessible();
        browser.type("username", "sam.patel");
        browser.type("password", RunningSystem.DEMO_PASSWORD);
        browser.click(By.cssSelector("button[type=submit]"));

        assertThat(browser.text()).contains("Signed in as Sam Patel");
        browser.assertAccessible();
        browser.click(By.linkText("Register a person"));

        browser.click(By.cssSelector("main button[type=submit]"));
        assertThat(browser.find(By.className("govuk-error-summary")).getText())
                .contains("Enter the person's given names")
                .contains("Enter the person's family name")
                .contains("Enter the person's date of birth");
        browser.assertAccessible();

        browser.type("givenNames", "Deborah");
        browser.type("familyName", "Hill");
        browser.type("dateOfBirth-day", "31");
        browser.type("dateOfBirth-month", "2");
        browser.type("dateOfBirth-year", "1983");
        browser.click(By.cssSelector("main button[type=submit]"));
        assertThat(browser.find(By.className("govuk-error-summary")).getText())
                .contains("Date of birth must be a real date");

        browser.type("dateOfBirth-day", "28");
        browser.click(By.cssSelector("main button[type=submit]"));
        assertThat(browser.heading()).isEqualTo("Deborah Hill");
        assertThat(browser.text()).contains("Person registered").contains("Nothing has been recorded yet.");
        browser.assertAccessible();

        browser.click(By.linkText("Add a case note"));
        browser.assertAccessible();
        browser.type("text", "Met Deborah at home. She wants help with her son's school exclusion.");
        browser.click(By.cssSelector("main button[type=submit]"));

        assertThat(browser.heading()).isEqualTo("Deborah Hill");
        assertThat(browser.text())
                .contains("Case note added")
                .contains("Met Deborah at home. She wants help with her son's school exclusion.")
                .contains("recorded by Sam Patel, Southampton City Council Early Help");
        browser.assertAccessible();
    }
}
