package uk.joinedup.webui.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A family's page in parts and its chronology a page at a time, in a real headless Chromium with axe:
 * the demo Walker family, whose chronology runs to more than one page of 50. The lead professional goes
 * from the summary through the sub-navigation, pages the chronology newest first, and filters it, the
 * filter kept on every page.
 */
class ChronologyPagingBrowserIT {

    private static final DateTimeFormatter GOV_UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final By ENTRIES = By.cssSelector("#chronology .moj-timeline__item");
    private static final By CURRENT_PART = By.cssSelector(".moj-sub-navigation a[aria-current=page]");
    private static final By CURRENT_PAGE = By.cssSelector(".govuk-pagination a[aria-current=page]");

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
    void theLeadProfessionalPagesTheWalkersChronologyNewestFirstKeepingTheFilter() {
        browser.signIn(system, "sam.patel");
        browser.clickLink("Walker family");
        assertThat(browser.heading()).isEqualTo("Walker family");
        assertThat(browser.find(CURRENT_PART).getText()).isEqualTo("Summary");
        assertThat(browser.findAll(By.cssSelector(".moj-sub-navigation a[aria-current]")))
                .as("only the part shown is current")
                .hasSize(1);
        assertThat(browser.text(By.cssSelector("[data-testid=case-summary]"))).contains("Sam Patel");
        assertThat(browser.has(ENTRIES)).as("the summary carries no chronology").isFalse();
        int total = count(browser.text(By.cssSelector("[data-testid=family-counts]")));
        assertThat(total).as("the demo family runs to more than one page").isGreaterThan(50);
        browser.assertAccessible();

        browser.clickLink("Chronology");
        assertThat(browser.find(CURRENT_PART).getText()).isEqualTo("Chronology");
        assertThat(browser.text(By.cssSelector("[data-testid=chronology-count]")))
                .isEqualTo(total + " entries, newest first");
        List<LocalDate> first = dates();
        assertThat(first).hasSize(50).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(browser.find(CURRENT_PAGE).getText()).isEqualTo("1");
        browser.assertAccessible();

        browser.click(By.cssSelector(".govuk-pagination__next a"));
        assertThat(browser.url()).endsWith("/chronology?page=2");
        assertThat(browser.find(CURRENT_PAGE).getText()).isEqualTo("2");
        List<LocalDate> second = dates();
        assertThat(second).isNotEmpty().hasSizeLessThanOrEqualTo(50).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(second.get(0)).as("page 2 carries on where page 1 stopped").isBeforeOrEqualTo(first.get(49));
        assertThat(browser.has(By.cssSelector(".govuk-pagination__prev a"))).isTrue();
        browser.assertAccessible();

        browser.select("filter-category", "Case notes");
        browser.click(By.xpath("//button[normalize-space()='Apply filter']"));
        assertThat(browser.url()).contains("category=CASE_NOTE").doesNotContain("page=");
        int notes = count(browser.text(By.cssSelector("[data-testid=chronology-count]")));
        assertThat(browser.findAll(ENTRIES))
                .hasSize(Math.min(notes, 50))
                .allSatisfy(entry -> assertThat(entry.getText()).contains("Case notes"));
        if (notes > 50) {
            browser.click(By.cssSelector(".govuk-pagination__next a"));
            assertThat(browser.url()).contains("category=CASE_NOTE").endsWith("page=2");
            assertThat(browser.findAll(ENTRIES))
                    .as("the filter is kept on the next page")
                    .hasSize(Math.min(notes - 50, 50))
                    .allSatisfy(entry -> assertThat(entry.getText()).contains("Case notes"));
        } else {
            assertThat(browser.has(By.cssSelector(".govuk-pagination"))).isFalse();
        }
        browser.assertAccessible();
    }

    private static List<LocalDate> dates() {
        return browser.findAll(By.cssSelector("#chronology .moj-timeline__date time")).stream()
                .map(WebElement::getText)
                .map(text -> LocalDate.parse(text, GOV_UK_DATE))
                .toList();
    }

    /** The first number in a text: "62 entries, newest first". */
    private static int count(String text) {
        Matcher number = Pattern.compile("(\\d+) entries").matcher(text);
        assertThat(number.find()).as(text).isTrue();
        return Integer.parseInt(number.group(1));
    }
}
