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
 * Then Lee Morgan of housing, the Hills' lead professional, proposes moving the Hill family to early help with
 * Sam Patel leading it (a first try without a reason is refused) and is told that he keeps the case until early
 * help decides; Mo finds it on his home page and declines it with a reason; the Hills' page, as Lee sees it, says
 * Lee still leads the case, with no banner, and the transfer declined with Mo's reason.
 *
 * <p>Other browser classes share the started system: the conference and the Hills' transfer are found by words
 * of their own, whatever else was recorded about the Walkers and the Hills, only this class decides the Marsh
 * transfer, and no other class looks at the Hills. The steps run in order and share one browser.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseConferenceAndTransferBrowserIT {

    private static final DateTimeFormatter GOV_UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final LocalDate DUE = TODAY.plusDays(28);
    private static final String EARLY_HELP = "Southampton City Council Early Help";
    private static final String PROBATION = "Hampshire and Isle of Wight Probation";
    private static final String HOUSING = "Southampton City Council Housing";
    private static final String DECISION = "Keep the case open until Stephen is through his probation period at work ("
            + KeyworkerJourneyBrowserIT.letters() + ")";
    private static final String ACTION =
            "Benefits check for Karen with Citizens Advice " + KeyworkerJourneyBrowserIT.letters();
    private static final String WHY_MOVE = "The tenancy is safe and the arrears are paid; what Deborah and Jamie need"
            + " now is family support, which early help can lead (" + KeyworkerJourneyBrowserIT.letters() + ")";
    private static final String WHY_NOT = "Deborah is moving nearer her sister within weeks: housing should see the"
            + " move through first, then propose it again (" + KeyworkerJourneyBrowserIT.letters() + ")";

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
    private static String hillsUrl;

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
        browser.signOut();
    }

    @Test
    @Order(5)
    void aHousingLeadProfessionalProposesMovingTheHillsToEarlyHelpAndKeepsTheCaseMeanwhile() {
        browser.signIn(system, "lee.morgan");
        browser.clickLink("Hill family");
        hillsUrl = browser.url().replaceFirst("(/families/[^/?#]+).*$", "$1");
        browser.open(hillsUrl + "/team");
        assertThat(browser.text(HOLDER))
                .isEqualTo("Lee Morgan, " + HOUSING + ", holds the case as its lead professional.");
        assertThat(browser.has(TRANSFER_BANNER)).isFalse();

        browser.clickLink("Propose a transfer to another agency");
        assertThat(browser.heading()).isEqualTo("Propose a transfer to another agency");
        assertThat(browser.text(By.tagName("main"))).contains("Until then Lee Morgan, " + HOUSING + ", keeps it.");
        assertThat(browser.has(By.cssSelector("input[name=proposedLead][value='lee.morgan']")))
                .as("a move within the agency is a handover")
                .isFalse();
        browser.choose("Sam Patel");
        browser.submit();
        assertThat(browser.errorSummary())
                .contains("Enter why the case should move to another agency")
                .doesNotContain("Select the practitioner who would lead the case");
        assertThat(browser.errorLink("Enter why the case should move to another agency"))
                .endsWith("#reason");
        assertThat(browser.find(By.cssSelector("input[name=proposedLead][value='sam.patel']"))
                        .isSelected())
                .as("the practitioner chosen is kept")
                .isTrue();
        browser.screenshot("transfer-propose-without-reason");
        browser.assertAccessible();

        browser.type("reason", WHY_MOVE);
        browser.submit();

        assertThat(browser.url()).startsWith(hillsUrl + "/team");
        assertThat(browser.text(SUCCESS))
                .contains("Transfer to " + EARLY_HELP + " proposed: the lead professional keeps the case until they"
                        + " decide");
        assertThat(browser.text(TRANSFER_BANNER))
                .contains("Transfer to " + EARLY_HELP + " proposed on " + GOV_UK_DATE.format(TODAY)
                        + ", awaiting their decision: Lee Morgan keeps the case until then");
        assertThat(browser.text(HOLDER))
                .isEqualTo("Lee Morgan, " + HOUSING + ", holds the case as its lead professional.");
        assertThat(browser.findAll(TRANSFERS).get(0).getText())
                .contains("Awaiting a decision")
                .contains("Lee Morgan, " + HOUSING)
                .contains("Sam Patel, " + EARLY_HELP)
                .contains(WHY_MOVE);
        assertThat(browser.has(By.linkText("Propose a transfer to another agency")))
                .as("one transfer at a time")
                .isFalse();
        assertThat(browser.has(By.xpath("//a[contains(., 'Decline') and contains(., 'the transfer to')]")))
                .as("early help decides, not housing")
                .isFalse();
        browser.screenshot("transfer-proposed");
        browser.assertAccessible();
        browser.signOut();
    }

    @Test
    @Order(6)
    void earlyHelpsManagerFindsTheHillsTransferOnHisHomePageAndDeclinesItWithAReason() {
        browser.signIn(system, "mo.ahmed");
        By hills = By.xpath("//*[@data-testid='transfers-awaiting']//tr[.//a[normalize-space()='Hill family']]");
        assertThat(browser.text(hills))
                .contains("Lee Morgan")
                .contains(HOUSING)
                .contains("Sam Patel")
                .contains(WHY_MOVE)
                .contains(GOV_UK_DATE.format(TODAY));
        browser.assertAccessible();

        browser.click(By.xpath("//*[@data-testid='transfers-awaiting']//a[normalize-space()='Hill family']"));
        assertThat(browser.url()).startsWith(hillsUrl + "/team");
        assertThat(browser.text(TRANSFER_BANNER)).contains("Lee Morgan keeps the case until then");
        browser.click(By.xpath("//a[contains(., 'Decline') and contains(., 'the transfer to')]"));
        assertThat(browser.heading()).isEqualTo("Decline the transfer");
        String declineUrl = browser.url();
        assertThat(browser.text(By.tagName("main")))
                .contains(WHY_MOVE)
                .contains("The case stays where it is: Lee Morgan keeps it.");
        assertThat(browser.find(By.id("declinedOn-day")).getAttribute("value"))
                .as("declined today, unless the manager says otherwise")
                .isEqualTo(String.valueOf(TODAY.getDayOfMonth()));
        browser.screenshot("transfer-decline-hills");
        browser.assertAccessible();

        browser.type("reason", WHY_NOT);
        browser.submit();

        assertThat(browser.url()).startsWith(hillsUrl + "/team");
        assertThat(browser.text(SUCCESS)).contains("Transfer declined: Lee Morgan keeps the case");
        assertThat(browser.has(TRANSFER_BANNER)).isFalse();
        assertThat(browser.text(HOLDER))
                .isEqualTo("Lee Morgan, " + HOUSING + ", holds the case as its lead professional.");
        assertThat(browser.has(By.xpath("//a[contains(., 'Accept') and contains(., 'the transfer to')]")))
                .as("decided")
                .isFalse();
        browser.screenshot("transfer-declined");
        browser.assertAccessible();

        browser.open(declineUrl);
        assertThat(browser.url()).as("decided: back to the team part").startsWith(hillsUrl + "/team");
        assertThat(browser.text(By.cssSelector("[data-testid='important-banner']")))
                .contains("This transfer no longer awaits a decision");
        browser.assertAccessible();

        browser.open(system.webUrl() + "/");
        assertThat(browser.has(By.xpath("//*[@data-testid='transfers-awaiting']//a[normalize-space()='Hill family']")))
                .as("decided")
                .isFalse();
        browser.signOut();
    }

    @Test
    @Order(7)
    void theHillsPageTellsLeeMorganHeStillLeadsTheCaseAndWhyEarlyHelpDeclined() {
        browser.signIn(system, "lee.morgan");
        browser.open(hillsUrl + "/team");
        assertThat(browser.has(TRANSFER_BANNER)).isFalse();
        assertThat(browser.text(HOLDER))
                .isEqualTo("Lee Morgan, " + HOUSING + ", holds the case as its lead professional.");
        WebElement declined = browser.findAll(TRANSFERS).stream()
                .filter(transfer -> transfer.getText().contains(WHY_MOVE))
                .findFirst()
                .orElseThrow();
        assertThat(declined.getText())
                .contains("Transfer to " + EARLY_HELP + ", proposed on " + GOV_UK_DATE.format(TODAY))
                .contains("Declined")
                .contains("Declined on " + GOV_UK_DATE.format(TODAY) + " by Mo Ahmed")
                .contains(WHY_NOT)
                .doesNotContain("took over the case");
        assertThat(browser.has(By.linkText("Propose a transfer to another agency")))
                .as("the case may be proposed again")
                .isTrue();
        browser.screenshot("transfer-declined-lead");
        browser.assertAccessible();

        browser.clickLink("Summary");
        assertThat(browser.has(TRANSFER_BANNER)).isFalse();
        assertThat(browser.text(LEAD)).contains("Lee Morgan").contains(HOUSING);

        browser.clickLink("Chronology");
        assertThat(browser.text(By.tagName("main")))
                .contains("Transfer to another agency proposed")
                .contains("Transfer to another agency declined")
                .contains(WHY_NOT);
        browser.assertAccessible();
    }

    /** Ticks the checkbox of this name and value, through its label. */
    private static void tick(String name, String value) {
        String id = browser.find(By.cssSelector("input[name='" + name + "'][value='" + value + "']"))
                .getAttribute("id");
        browser.chooseId(id);
    }
}
