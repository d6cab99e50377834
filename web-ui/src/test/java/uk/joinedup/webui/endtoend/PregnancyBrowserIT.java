package uk.joinedup.webui.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A health visitor records a pregnancy (what makes an expectant parent for Supporting Families) in a real
 * headless Chromium, each page checked with axe-core: the form's missing fields, a due date before the day
 * the pregnancy was known refused with the reason, then recorded; later, that the baby was born.
 */
class PregnancyBrowserIT {

    private static final DateTimeFormatter GOV_UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

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
    void aHealthVisitorRecordsAPregnancyAndLaterTheBirth() {
        String name = "Carys Pryce" + KeyworkerJourneyBrowserIT.letters();
        browser.signIn(system, "kim.osei");
        assertThat(browser.heading()).isEqualTo("My caseload");
        registerAMother(name);

        recordEvent("Pregnancy");
        browser.submit();
        assertThat(browser.errorSummary()).contains("Enter the expected due date");
        browser.assertAccessible();

        LocalDate known = TODAY.minusDays(30);
        browser.typeDate("occurredOn", known);
        browser.typeDate("dates-dueOn", known.minusDays(1));
        browser.submit();
        assertThat(browser.errorSummary())
                .contains("The due date, " + GOV_UK_DATE.format(known.minusDays(1))
                        + ", is before the pregnancy was known, " + GOV_UK_DATE.format(known));
        browser.assertAccessible();

        LocalDate due = known.plusDays(200);
        browser.typeDate("occurredOn", known);
        browser.typeDate("dates-dueOn", due);
        browser.submit();
        assertThat(browser.heading()).isEqualTo(name);
        assertThat(browser.text())
                .contains("Pregnancy recorded")
                .contains(GOV_UK_DATE.format(due))
                .contains("Recorded by Kim Osei, Solent NHS Trust");
        browser.assertAccessible();

        recordEvent("Pregnancy ended");
        browser.typeDate("occurredOn", TODAY);
        browser.choose("The baby was born");
        browser.submit();
        assertThat(browser.heading()).isEqualTo(name);
        assertThat(browser.text()).contains("Pregnancy ended recorded").contains("The baby was born");
        browser.assertAccessible();
    }

    private void registerAMother(String name) {
        browser.click(By.cssSelector("main a[href='/people/new']"));
        browser.type("givenNames", name.substring(0, name.indexOf(' ')));
        browser.type("familyName", name.substring(name.indexOf(' ') + 1));
        browser.typeDate("dateOfBirth", LocalDate.of(1994, 4, 12));
        browser.choose("Female");
        browser.submit();
        assertThat(browser.heading()).isEqualTo(name);
    }

    private void recordEvent(String kind) {
        browser.clickLink("Record an event");
        browser.choose(kind);
        browser.submit();
        assertThat(browser.heading()).isEqualTo(kind);
        browser.assertAccessible();
    }
}
