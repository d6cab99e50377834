package uk.joinedup.webui.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The family budget in a real headless Chromium, each page checked with axe-core, on the demo Walker family,
 * whose lead professional Sam Patel holds a budget for them (seed 003): their team manager, Mo Ahmed, finds
 * the Walkers' spend on "Spend from family budgets" and allocates money from Supporting People (a first try
 * over his approval limit is refused); Sam commissions a service with it for a goal of the plan, is refused
 * a second one for more than is left, and records spend; the page as it stood yesterday shows none of it and
 * offers no change; Mo sees the new spend by funding source and by family, downloads it as CSV, and cancels
 * the new commitment, which releases what was not spent; from the budget he goes to the family's cost to the
 * public purse beside its support (the budget's spend in each of the last three financial years, the keyworkers'
 * time), counted from what he may see, with the unit costs and their sources; Sam opens the lines of what the facts
 * he may see cost. The steps run in order and share one browser.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FamilyBudgetBrowserIT {

    private static final DateTimeFormatter GOV_UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final LocalDate UNTIL = TODAY.plusYears(1).minusDays(1);
    private static final String PROVIDER = "Southampton Money Advice";

    private static final By SPEND_BY_FAMILY = By.cssSelector("[data-testid='spend-by-family']");
    private static final By TOTALS = By.cssSelector("[data-testid='budget-totals']");
    private static final By ALLOCATIONS = By.cssSelector("[data-testid='budget-allocations']");
    private static final By COMMITMENTS = By.cssSelector("[data-testid='budget-commitment']");
    private static final By BANNER = By.className("govuk-notification-banner");

    private static RunningSystem system;
    private static Browser browser;
    private static String budgetUrl;

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
    void theTeamManagerFindsTheWalkersSpendAndAllocatesFundsWithinHisLimit() {
        browser.signIn(system, "mo.ahmed");
        browser.clickLink("Spend from family budgets");
        assertThat(browser.heading()).isEqualTo("Spend from family budgets");
        assertThat(browser.text(SPEND_BY_FAMILY))
                .as("the demo's grant: the forklift course, football and debt advice")
                .contains("Walker family Troubled Families grant £2,500 £870 £670 £1,630")
                .contains("Walker family Pooled community budget £800 £40 £40 £760");
        browser.assertAccessible();

        browser.click(By.cssSelector("[data-testid='spend-by-family'] a"));
        budgetUrl = browser.url();
        assertThat(budgetUrl).endsWith("/budget");
        assertThat(browser.heading()).isEqualTo("Walker family");
        assertThat(browser.find(By.cssSelector(".moj-sub-navigation a[aria-current=page]"))
                        .getText())
                .isEqualTo("Budget");
        assertThat(browser.text(TOTALS))
                .contains("Allocated £3,300")
                .contains("Committed £910")
                .contains("Spent £710")
                .contains("Left to commit £2,390");
        assertThat(browser.text(By.tagName("main")))
                .contains("Solent Training")
                .contains("Stephen back in work")
                .contains("£60 on " + GOV_UK_DATE.format(TODAY.minusDays(60)) + ", recorded by Sam Patel")
                .contains("The school now funds breakfast club places for both children")
                .contains("Released to the allocation £160");
        browser.screenshot("budget-walkers");
        assertThat(browser.has(By.linkText("Commission a service")))
                .as("the lead professional commissions")
                .isFalse();
        browser.assertAccessible();

        browser.clickLink("Allocate funds");
        assertThat(browser.heading()).isEqualTo("Allocate funds");
        browser.assertAccessible();
        browser.submit();
        assertThat(browser.errorSummary())
                .contains("Select where the money comes from")
                .contains("Enter the amount to allocate")
                .contains("Enter the date the allocation ends")
                .doesNotContain("starts");
        assertThat(browser.errorLink("Enter the amount to allocate")).endsWith("#amount");
        browser.assertAccessible();

        browser.choose("Supporting People");
        browser.type("amount", "6000");
        browser.typeDate("until", UNTIL);
        browser.submit();
        assertThat(browser.errorSummary()).contains("A team manager can approve at most £5,000.00 at once");
        browser.screenshot("budget-over-limit");
        assertThat(browser.find(By.id("amount")).getAttribute("value")).isEqualTo("6000");
        assertThat(browser.find(By.cssSelector("input[name=source][value=SUPPORTING_PEOPLE]"))
                        .isSelected())
                .as("what was chosen is kept")
                .isTrue();
        browser.assertAccessible();

        browser.type("amount", "£1,000");
        browser.submit();
        assertThat(browser.url()).isEqualTo(budgetUrl);
        assertThat(browser.text(BANNER)).contains("Allocated £1,000 to the family's budget");
        assertThat(browser.text(ALLOCATIONS))
                .contains("Supporting People " + GOV_UK_DATE.format(TODAY) + " to " + GOV_UK_DATE.format(UNTIL)
                        + " Mo Ahmed on " + GOV_UK_DATE.format(TODAY) + " £1,000 £0 £0 £1,000");
        assertThat(browser.text(TOTALS)).contains("Allocated £4,300");
        browser.assertAccessible();
        browser.signOut();
    }

    @Test
    @Order(2)
    void theLeadProfessionalCommissionsAServiceForAGoalButNotMoreThanIsLeftAndRecordsSpend() {
        browser.signIn(system, "sam.patel");
        assertThat(browser.has(By.linkText("Spend from family budgets")))
                .as("for team managers")
                .isFalse();
        browser.open(budgetUrl);
        assertThat(browser.has(By.linkText("Allocate funds")))
                .as("team managers allocate")
                .isFalse();

        browser.clickLink("Commission a service");
        assertThat(browser.heading()).isEqualTo("Commission a service");
        assertThat(browser.text(By.tagName("main")))
                .contains("£1,000 left to commit")
                .contains("Debts under control");
        browser.assertAccessible();
        commission("600");
        assertThat(browser.url()).isEqualTo(budgetUrl);
        assertThat(browser.text(BANNER)).contains("Service commissioned from " + PROVIDER);
        assertThat(browser.findAll(COMMITMENTS).get(0).getText())
                .as("newest first")
                .contains(PROVIDER)
                .contains("Budgeting course for Stephen and Karen")
                .contains("Plan goal Debts under control")
                .contains("Paid from Supporting People")
                .contains("Commissioned " + GOV_UK_DATE.format(TODAY) + " by Sam Patel")
                .contains("Amount committed £600")
                .contains("Left to spend £600");

        browser.clickLink("Commission a service");
        commission("500");
        assertThat(browser.errorSummary()).contains("Only £400.00 of this allocation is left to commit");
        assertThat(browser.errorLink("Only £400.00 of this allocation is left to commit"))
                .endsWith("#amount");
        assertThat(browser.find(By.id("provider")).getAttribute("value")).isEqualTo(PROVIDER);
        browser.screenshot("budget-not-enough-left");
        browser.assertAccessible();

        browser.open(budgetUrl);
        browser.click(By.xpath("//a[contains(., 'Record spend') and contains(., '" + PROVIDER + "')]"));
        assertThat(browser.heading()).isEqualTo("Record spend with " + PROVIDER);
        browser.screenshot("budget-record-spend");
        browser.assertAccessible();
        browser.type("amount", "12.345");
        browser.submit();
        assertThat(browser.errorSummary()).contains("Enter the amount to the nearest penny, like 249.99");
        browser.assertAccessible();
        browser.type("amount", "250");
        browser.submit();
        assertThat(browser.text(BANNER)).contains("Spend of £250 recorded");
        assertThat(browser.findAll(COMMITMENTS).get(0).getText())
                .contains("£250 on " + GOV_UK_DATE.format(TODAY) + ", recorded by Sam Patel")
                .contains("Left to spend £350");
        assertThat(browser.text(TOTALS))
                .contains("Allocated £4,300")
                .contains("Committed £1,510")
                .contains("Spent £960")
                .contains("Left to commit £2,790");
        browser.screenshot("budget-after-spend");
        browser.assertAccessible();

        browser.clickLink("Summary");
        assertThat(browser.text(By.cssSelector("[data-testid='budget-summary']")))
                .isEqualTo("£2,790 left of £4,300");

        browser.open(budgetUrl + "?asAt=" + TODAY.minusDays(1));
        assertThat(browser.text(By.cssSelector("[data-testid=as-at-banner]"))).contains("as it stood on");
        assertThat(browser.text(TOTALS)).contains("Allocated £3,300");
        assertThat(browser.text(By.tagName("main"))).doesNotContain(PROVIDER);
        assertThat(browser.has(By.linkText("Commission a service"))).isFalse();
        assertThat(browser.has(By.xpath("//a[contains(., 'Record spend')]")))
                .as("read-only")
                .isFalse();
        browser.assertAccessible();

        browser.open(system.webUrl() + "/budgets");
        assertThat(browser.heading()).isEqualTo("You cannot see this page");
        browser.open(system.webUrl() + "/");
        browser.signOut();
    }

    @Test
    @Order(3)
    void theTeamManagerSeesTheNewSpendBySourceAndByFamilyAndDownloadsIt() {
        browser.signIn(system, "mo.ahmed");
        browser.clickLink("Family budgets");
        assertThat(browser.heading()).isEqualTo("Spend from family budgets");
        assertThat(browser.text(By.cssSelector("[data-testid='spend-by-source']")))
                .contains("Supporting People 1 £1,000 £600 £250 £400")
                .contains("Total");
        assertThat(browser.text(SPEND_BY_FAMILY)).contains("Walker family Supporting People £1,000 £600 £250 £400");
        browser.screenshot("budget-spend-by-source");
        browser.assertAccessible();

        HttpResponse<String> csv = browser.download(
                browser.find(By.cssSelector("[data-testid='spend-csv']")).getAttribute("href"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition ->
                        assertThat(disposition).contains("attachment").contains("budget-spend-by-source-"));
        assertThat(csv.body().lines().toList())
                .first()
                .isEqualTo("family,familyId,fundingSource,allocated,committed,spent,left");
        assertThat(csv.body()).contains("SUPPORTING_PEOPLE,1000.00,600.00,250.00,400.00");
    }

    @Test
    @Order(4)
    void theTeamManagerCancelsTheCommitmentReleasingWhatWasNotSpent() {
        browser.open(budgetUrl);
        browser.click(By.xpath("//a[contains(., 'Cancel') and contains(., '" + PROVIDER + "')]"));
        assertThat(browser.heading()).isEqualTo("Cancel the commitment to " + PROVIDER);
        assertThat(browser.text(By.className("govuk-warning-text"))).contains("The £350 not yet spent goes back");
        browser.assertAccessible();
        browser.submit();
        assertThat(browser.errorSummary()).contains("Enter why the commitment is cancelled");
        browser.assertAccessible();

        browser.type("reason", "Stephen and Karen joined the council's free course instead");
        browser.submit();
        assertThat(browser.text(BANNER)).contains("Commitment to " + PROVIDER + " cancelled");
        assertThat(browser.findAll(COMMITMENTS).get(0).getText())
                .contains("Cancelled")
                .contains("Stephen and Karen joined the council's free course instead")
                .contains("Released to the allocation £350");
        assertThat(browser.has(By.xpath("//a[contains(., 'Record spend') and contains(., '" + PROVIDER + "')]")))
                .isFalse();
        assertThat(browser.text(TOTALS)).contains("Committed £1,160").contains("Left to commit £3,140");
        browser.assertAccessible();
    }

    @Test
    @Order(5)
    void theTeamManagerSeesTheFamilysCostToThePublicPurseBesideItsSpend() {
        browser.open(budgetUrl);
        BigDecimal spent = pounds(
                browser.find(By.xpath("//*[@data-testid='budget-totals']//div[dt[normalize-space()='Spent']]/dd"))
                        .getText());
        assertThat(browser.text(By.cssSelector("[data-testid='cost-headline']")))
                .contains("Cost beside support in " + financialYear(TODAY))
                .containsPattern("Estimated cost to the public purse £[0-9,.]+")
                .containsPattern("Support given £[0-9,.]+");
        browser.assertAccessible();

        browser.clickLink("See the cost to the public purse year by year, and how it is worked out");
        assertThat(browser.url()).isEqualTo(budgetUrl.replaceFirst("/budget$", "/cost"));
        assertThat(browser.find(By.cssSelector(".moj-sub-navigation a[aria-current=page]"))
                        .getText())
                .isEqualTo("Cost");
        assertThat(browser.text(By.cssSelector("[data-testid='cost-basis']")))
                .contains("These are estimates")
                .as("the other agencies' facts are withheld from a manager of early help, and so not counted")
                .containsPattern("Only the information you may see about the family is counted: [0-9]+ entries of its"
                        + " chronology are withheld from you, and not counted.")
                .contains("the keyworkers' time at £35 an hour, 3 hours a week while the case was open");
        assertThat(browser.findAll(By.cssSelector("[data-testid='cost-year'] h3")).stream()
                        .map(heading -> heading.getText()
                                .lines()
                                .reduce((first, last) -> last)
                                .orElseThrow())
                        .toList())
                .as("the last three financial years, the current one last")
                .containsExactly(
                        financialYear(TODAY.minusYears(2)), financialYear(TODAY.minusYears(1)), financialYear(TODAY));
        assertThat(browser
                        .findAll(By.xpath(
                                "//*[@data-testid='cost-support']//tr[th[normalize-space()='Family budget spend']]/td"))
                        .stream()
                        .map(cell -> pounds(cell.getText()))
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("beside each year's cost, the budget's spend in the year: all of it, over the three")
                .isEqualByComparingTo(spent);
        assertThat(browser.text(By.cssSelector("[data-testid='keyworker-rate']")))
                .contains("£35 an hour, 3 hours a week while the case is open")
                .contains("Illustrative");
        assertThat(browser.text(By.cssSelector("[data-testid='unit-costs']")))
                .contains("A day in care (residential)\nRecorded as: Became looked after Each day, until Left care is"
                        + " recorded Council children's services £301.37")
                .contains("Reaching Out, 2006")
                .contains("An anti-social behaviour incident\nRecorded as: Anti-social behaviour reported Each time it"
                        + " is recorded Police £700 Illustrative");
        browser.screenshot("cost-walkers-manager");
        browser.assertAccessible();
        browser.signOut();
    }

    @Test
    @Order(6)
    void theLeadProfessionalOpensTheLinesOfWhatTheFactsHeMaySeeCost() {
        browser.signIn(system, "sam.patel");
        browser.open(budgetUrl.replaceFirst("/budget$", "/cost"));
        By police = By.xpath("//*[@data-testid='cost-by-agency']//tr[th[normalize-space()='Police']]");
        assertThat(browser.has(police))
                .as("Liam's anti-social behaviour, reported by the police, which the lead professional may see")
                .isTrue();
        WebElement lines = browser.find(police).findElement(By.tagName("details"));
        assertThat(lines.getAttribute("open")).as("closed until asked").isNull();
        lines.findElement(By.tagName("summary")).click();
        assertThat(lines.findElement(By.className("govuk-details__text")).getText())
                .contains("An anti-social behaviour incident: 1 at £700 each, £700");
        browser.screenshot("cost-walkers-lead");
        browser.assertAccessible();
    }

    /** An amount as the pages show it, "£1,240.50", in pounds. */
    private static BigDecimal pounds(String shown) {
        return new BigDecimal(shown.strip().replace("£", "").replace(",", ""));
    }

    /** The financial year a day is in, as case-service names it: 2026-27. */
    private static String financialYear(LocalDate day) {
        int first = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return first + "-" + String.format("%02d", (first + 1) % 100);
    }

    /** On the commission page: pays for the budgeting course from the new allocation, for the debt goal. */
    private static void commission(String pounds) {
        browser.choose("Supporting People, " + GOV_UK_DATE.format(TODAY) + " to " + GOV_UK_DATE.format(UNTIL));
        browser.choose("Debts under control");
        browser.type("provider", PROVIDER);
        browser.type("purpose", "Budgeting course for Stephen and Karen");
        browser.type("amount", pounds);
        browser.submit();
    }
}
