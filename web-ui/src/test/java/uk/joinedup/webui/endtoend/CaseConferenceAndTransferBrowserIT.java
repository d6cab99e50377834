package uk.joinedup.webui.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.support.ui.Select;

/**
 * Case conferences and transfers of a case between agencies in a real headless Chromium, each new page checked
 * with axe-core, on the demo: Sam Patel, the Walkers' lead professional, records a case conference (a first try
 * without what it needs is refused) with an action arising for a goal of their plan, and finds it on the family's
 * case conferences, the action in the plan and the meeting in the chronology; proposing a transfer asks him who
 * would lead the case and why. Mo Ahmed, early help's team manager, finds on his home page the Marsh household's
 * transfer that Jo Carter of probation proposed to Sam (seeded, awaiting Mo's decision), sees that Jo keeps the
 * case until he decides, looks at declining it, then accepts it: the household's page says Sam Patel leads it.
 *
 * <p>Other browser classes share the started system: the conference is found by words of its own, whatever
 * else was recorded about the Walkers, and only this class decides the Marsh transfer. The steps run in order and
 * share one browser.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseConferenceAndTransferBrowserIT {

    private static final DateTimeFormatter GOV_UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final LocalDate DUE = TODAY.plusDays(28);
    private static final String EARLY_HELP = "Southampton City Council Early Help";
    private static final String PROBATION = "Hampshire and Isle of Wight Probation";
    private static final String DECISION = "Keep the case open until Stephen is through his probation period at work ("
            + KeyworkerJourneyBrowserIT.letters() + ")";
    private static final String ACTION =
            "Benefits check for Karen with Citizens Advice " + KeyworkerJourneyBrowserIT.letters();

    private static final By CURRENT_PART = By.cssSelector(".moj-sub-navigation a[aria-current=page]");
    private static final By CONFERENCES = By.cssSelector("[data-testid='conference']");
    private static final By SUCCESS = By.cssSelector(".govuk-notification-banner--success");
    private static final By TRANSFER_BANNER = By.cssSelector("[data-testid='transfer-banner']");
    private static final By HOLDER = By.cssSelector("[data-testid='case-holder']");
    private static final By TRANSFERS = By.cssSelector("[data-testid='transfer']");
    private static final By TRANSFERS_AWAITING = By.cssSelector("[data-testid='transfers-awaiting']");
    private static final By LEAD = By.cssSelector("[data-testid='lead-professional']");

    private static RunningSystem system;
    private static Browser browser;
    private static String walkersUrl;
    private static String marshUrl;

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
    void theLeadProfessionalRecordsACaseConferenceWithAnActionArisingForAGoalOfThePlan() {
        browser.signIn(system, "sam.patel");
        browser.clickLink("Walker family");
        walkersUrl = browser.url();
        assertThat(browser.text(By.cssSelector("[data-testid='family-counts']")))
                .contains("Case conferences");

        browser.clickLink("Case conferences");
        assertThat(browser.find(CURRENT_PART).getText()).isEqualTo("Case conferences");
        assertThat(browser.text(By.tagName("main")))
                .as("the demo's conference")
                .contains("Sam Patel remains the lead professional")
                .contains("Meet Liam's head of year about his timetable");
        browser.screenshot("conferences-walkers");
        browser.assertAccessible();

        browser.clickLink("Record a case conference");
        assertThat(browser.heading()).isEqualTo("Record a case conference");
        assertThat(browser.find(By.id("heldOn-day")).getAttribute("value"))
                .as("held today, unless the user says otherwise")
                .isEqualTo(String.valueOf(TODAY.getDayOfMonth()));
        assertThat(browser.find(By.cssSelector("input[name=leadProfessionalAgreed][value=none]"))
                        .isSelected())
                .as("no change to the lead professional")
                .isTrue();
        browser.screenshot("conference-form");
        browser.assertAccessible();

        browser.submit();
        assertThat(browser.errorSummary())
                .contains("Select whether it was a case conference or a panel")
                .contains("Select who was at the meeting")
                .contains("Enter at least one decision the meeting made");
        assertThat(browser.errorLink("Select who was at the meeting")).endsWith("#attendees");
        browser.assertAccessible();

        browser.choose("Case conference");
        tick("attendees", "sam.patel");
        tick("attendees", "ana.silva");
        new Select(browser.find(By.id("others-0"))).selectByValue("kim.osei");
        browser.type("familyPresent", "Karen Walker");
        browser.type("decisions", DECISION + "\nSam Patel remains the lead professional");
        browser.select("actions-0-goalId", "Debts under control");
        browser.type("actions-0-description", ACTION);
        browser.select("actions-0-ownerAgency", EARLY_HELP);
        browser.typeDate("actions-0-dueOn", DUE);
        browser.submit();

        assertThat(browser.url()).isEqualTo(walkersUrl + "/conferences");
        assertThat(browser.text(SUCCESS)).contains("Case conference recorded");
        WebElement newest = browser.findAll(CONFERENCES).get(0);
        assertThat(newest.getText())
                .as("newest first")
                .contains("Case conference on " + GOV_UK_DATE.format(TODAY))
                .contains("Sam Patel, " + EARLY_HELP)
                .contains("Ana Silva, Southampton Education Welfare Service")
                .contains("Kim Osei, Solent NHS Trust")
                .contains("Karen Walker")
                .contains(DECISION)
                .contains("Lead professional agreed No change")
                .contains(ACTION)
                .contains(EARLY_HELP + ", due " + GOV_UK_DATE.format(DUE))
                .contains("Recorded by Sam Patel");
        browser.screenshot("conference-recorded");
        browser.assertAccessible();

        browser.clickLink("Plan and reviews");
        assertThat(browser.text(By.tagName("main")))
                .as("the action arising joined the plan, under its goal")
                .containsPattern("Debts under control[\\s\\S]*" + ACTION + "[\\s\\S]*" + GOV_UK_DATE.format(DUE));

        browser.clickLink("Chronology");
        assertThat(browser.text(By.tagName("main")))
                .contains("Case conference or panel held")
                .contains("Actions added to the plan")
                .contains(DECISION)
                .contains(ACTION);
    }

    @Test
    @Order(2)
    void proposingATransferAsksWhoOfAnotherAgencyWouldLeadTheCaseAndWhy() {
        browser.open(walkersUrl + "/team");
        assertThat(browser.text(HOLDER))
                .isEqualTo("Sam Patel, " + EARLY_HELP + ", holds the case as its lead professional.");
        assertThat(browser.has(TRANSFER_BANNER)).isFalse();

        browser.clickLink("Propose a transfer to another agency");
        assertThat(browser.heading()).isEqualTo("Propose a transfer to another agency");
        assertThat(browser.has(By.cssSelector("input[name=proposedLead][value='jo.carter']")))
                .isTrue();
        assertThat(browser.has(By.cssSelector("input[name=proposedLead][value='mo.ahmed']")))
                .as("a move within the agency is a handover")
                .isFalse();
        browser.assertAccessible();

        browser.submit();
        assertThat(browser.errorSummary())
                .contains("Select the practitioner who would lead the case")
                .contains("Enter why the case should move to another agency");
        browser.screenshot("transfer-propose-errors");
        browser.assertAccessible();
        browser.clickLink("Cancel");
        assertThat(browser.url()).isEqualTo(walkersUrl + "/team");
        assertThat(browser.text(By.tagName("main"))).as("nothing was proposed").doesNotContain("Awaiting a decision");
        browser.signOut();
    }

    @Test
    @Order(3)
    void theReceivingManagerFindsTheMarshTransferOnHisHomePageAndSeesThatJoKeepsTheCase() {
        browser.signIn(system, "mo.ahmed");
        assertThat(browser.text(TRANSFERS_AWAITING))
                .contains("Marsh household")
                .contains("Jo Carter")
                .contains(PROBATION)
                .contains("Sam Patel")
                .contains("Tony's licence ends next year")
                .contains(GOV_UK_DATE.format(TODAY.minusDays(4)));
        browser.assertAccessible();

        browser.click(By.xpath("//*[@data-testid='transfers-awaiting']//a[normalize-space()='Marsh household']"));
        assertThat(browser.heading()).isEqualTo("Marsh household");
        assertThat(browser.find(CURRENT_PART).getText()).isEqualTo("Team");
        marshUrl = browser.url().replaceFirst("/team.*$", "");
        String awaiting = "Transfer to " + EARLY_HELP + " proposed on " + GOV_UK_DATE.format(TODAY.minusDays(4))
                + ", awaiting their decision: Jo Carter keeps the case until then";
        assertThat(browser.text(TRANSFER_BANNER)).contains(awaiting);
        assertThat(browser.text(HOLDER))
                .isEqualTo("Jo Carter, " + PROBATION + ", holds the case as its lead professional.");
        assertThat(browser.findAll(TRANSFERS).get(0).getText())
                .contains("Awaiting a decision")
                .contains("Jo Carter, " + PROBATION)
                .contains("Sam Patel, " + EARLY_HELP);
        browser.screenshot("transfer-awaiting-team");
        browser.assertAccessible();

        browser.clickLink("Summary");
        assertThat(browser.text(TRANSFER_BANNER)).contains(awaiting);
        assertThat(browser.text(LEAD)).contains("Jo Carter").contains(PROBATION);
        assertThat(browser.text(By.cssSelector("[data-testid='attention']")))
                .contains("A transfer of the case to " + EARLY_HELP + " awaits your decision");
        browser.screenshot("transfer-awaiting-summary");
        browser.assertAccessible();
    }

    @Test
    @Order(4)
    void heLooksAtDecliningItThenAcceptsItAndSamPatelLeadsTheMarshHousehold() {
        browser.open(marshUrl + "/team");
        browser.click(By.xpath("//a[contains(., 'Decline') and contains(., 'the transfer to')]"));
        assertThat(browser.heading()).isEqualTo("Decline the transfer");
        assertThat(browser.text(By.tagName("main"))).contains("Jo Carter keeps it");
        browser.submit();
        assertThat(browser.errorSummary()).contains("Enter why you are declining the transfer");
        assertThat(browser.errorLink("Enter why you are declining the transfer"))
                .endsWith("#reason");
        browser.assertAccessible();
        browser.clickLink("Cancel");

        browser.click(By.xpath("//a[contains(., 'Accept') and contains(., 'the transfer to')]"));
        assertThat(browser.heading()).isEqualTo("Accept the transfer");
        assertThat(browser.find(By.cssSelector("input[name=newLead][value='sam.patel']"))
                        .isSelected())
                .as("the practitioner proposed, unless the manager chooses another of his agency")
                .isTrue();
        assertThat(browser.has(By.cssSelector("input[name=newLead][value='jo.carter']")))
                .isFalse();
        browser.screenshot("transfer-accept");
        browser.assertAccessible();
        browser.submit();

        assertThat(browser.url()).isEqualTo(marshUrl + "/team");
        assertThat(browser.text(SUCCESS)).contains("Transfer accepted: Sam Patel leads the case");
        assertThat(browser.has(TRANSFER_BANNER)).isFalse();
        assertThat(browser.text(HOLDER))
                .isEqualTo("Sam Patel, " + EARLY_HELP + ", holds the case as its lead professional.");
        assertThat(browser.findAll(TRANSFERS).get(0).getText())
                .contains("Accepted")
                .contains("Accepted on " + GOV_UK_DATE.format(TODAY) + " by Mo Ahmed")
                .contains("Sam Patel, " + EARLY_HELP + ", took over the case");
        assertThat(browser.text(By.cssSelector("[data-testid='team']"))).contains("Sam Patel");
        browser.screenshot("transfer-accepted");
        browser.assertAccessible();

        browser.clickLink("Summary");
        assertThat(browser.text(LEAD)).contains("Sam Patel").contains(EARLY_HELP);
        assertThat(browser.has(TRANSFER_BANNER)).isFalse();

        browser.clickLink("Chronology");
        assertThat(browser.text(By.tagName("main")))
                .contains("Transfer to another agency proposed")
                .contains("Transfer to another agency accepted");

        browser.open(system.webUrl() + "/");
        assertThat(browser.has(
                        By.xpath("//*[@data-testid='transfers-awaiting']//a[normalize-space()='Marsh household']")))
                .as("decided")
                .isFalse();
    }

    /** Ticks the checkbox of this name and value, through its label. */
    private static void tick(String name, String value) {
        String id = browser.find(By.cssSelector("input[name='" + name + "'][value='" + value + "']"))
                .getAttribute("id");
        browser.chooseId(id);
    }
}
