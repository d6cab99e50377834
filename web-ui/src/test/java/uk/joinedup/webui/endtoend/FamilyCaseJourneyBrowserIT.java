package uk.joinedup.webui.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The casework issue's acceptance journey in a real headless Chromium, each page checked with
 * axe-core: a keyworker registers a family of three and refers it; a team manager accepts the referral
 * (allocating the keyworker) and appoints them lead professional; the keyworker assesses the family and
 * agrees a plan with them; the mother consents to the two agencies in the team seeing each other's
 * case notes and employment information, and both record events, signed in as two people; the
 * neighbourhood police officer asks to join the team and the lead professional approves; the lead
 * professional hands over; the chronology shows and filters both agencies; she withdraws her consent
 * and the case note is hidden again; the family as it stood last month; a conflict, two refusals, and a
 * team manager closing the case, then reopening it and recording that Tom left (each change sends the
 * version of the family its page showed: the approval and the leaving first meet a conflict) and died;
 * a form sent twice records once. The steps run in order and share one browser.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FamilyCaseJourneyBrowserIT {

    private static final DateTimeFormatter GOV_UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final LocalDate JOINED = TODAY.minusDays(75);
    private static final String EARLY_HELP = "Southampton City Council Early Help";
    private static final String JOBCENTRE = "Jobcentre Plus Southampton";

    private static final String SURNAME = "Quill" + KeyworkerJourneyBrowserIT.letters();
    private static final String FAMILY = SURNAME + " family";
    private static final String RACHEL = "Rachel " + SURNAME;
    private static final String TOM = "Tom " + SURNAME;
    private static final String JOSH = "Josh " + SURNAME;

    private static RunningSystem system;
    private static Browser browser;
    private static String familyUrl;
    private static String rachelUrl;

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
    void aKeyworkerRegistersAFamilyOfThree() {
        browser.signIn(system, "sam.patel");
        assertThat(browser.heading()).isEqualTo("My caseload");
        assertThat(browser.text()).contains("Your families").contains("People you registered");
        browser.assertAccessible();

        browser.click(By.cssSelector("main a[href='/families/new']"));
        browser.assertAccessible();
        browser.type("name", FAMILY);
        browser.submit();
        assertThat(browser.heading()).isEqualTo(FAMILY);
        assertThat(browser.text()).contains("Registered " + FAMILY).contains("Not open");
        familyUrl = browser.url();
        browser.assertAccessible();

        addNewMember("Rachel", LocalDate.of(1986, 5, randomDay()), "Female", "Parent");
        addNewMember("Tom", LocalDate.of(1984, 11, randomDay()), "Male", "Parent");

        browser.clickLink("Register a person");
        browser.type("givenNames", "Josh");
        browser.type("familyName", SURNAME);
        browser.typeDate("dateOfBirth", LocalDate.of(2011, 3, randomDay()));
        browser.choose("Male");
        browser.submit();
        assertThat(browser.heading()).isEqualTo(JOSH);

        browser.open(familyUrl);
        browser.clickLink("Household");
        assertThat(browser.find(By.cssSelector(".moj-sub-navigation a[aria-current=page]"))
                        .getText())
                .isEqualTo("Household");
        browser.clickLink("Add a member");
        browser.type("name", "Jo " + SURNAME);
        browser.click(By.cssSelector("main form[method=get] button[type=submit]"));
        assertThat(browser.text()).contains("1 person found");
        browser.assertAccessible();
        browser.clickLink(JOSH);
        browser.choose("Child");
        browser.typeDate("joinedOn", JOINED);
        browser.submit();

        assertThat(browser.text()).contains(JOSH + " added to the household");
        assertThat(browser.text(By.cssSelector("[data-testid=household]")))
                .contains(RACHEL)
                .contains(TOM)
                .contains(JOSH)
                .contains(GOV_UK_DATE.format(JOINED));
        rachelUrl = browser.find(By.linkText(RACHEL)).getAttribute("href");

        browser.open(system.webUrl() + "/families");
        assertThat(browser.heading()).isEqualTo("Find a family");
        browser.click(By.cssSelector("main form[method=get] button[type=submit]"));
        assertThat(browser.errorSummary()).contains("Enter the family's name, a member's name or a postcode");
        browser.assertAccessible();
        browser.type("name", "Rachel " + SURNAME);
        browser.click(By.cssSelector("main form[method=get] button[type=submit]"));
        assertThat(browser.text())
                .as("found by a member's name")
                .contains("1 family found")
                .contains(FAMILY)
                .contains("Found by a member's name");
        browser.assertAccessible();
        browser.clickLink(FAMILY);
        assertThat(browser.heading()).isEqualTo(FAMILY);
    }

    @Test
    @Order(2)
    void theKeyworkerRefersTheFamily() {
        browser.clickLink("Summary");
        assertThat(browser.text(By.cssSelector("[data-testid=family-counts]"))).contains("3 members");
        browser.clickLink("Refer the family");
        assertThat(browser.heading()).isEqualTo("Refer the family");
        browser.assertAccessible();
        browser.type("reason", "Josh is missing school; neither parent has worked for two years.");
        browser.choose("Missing school or excluded");
        browser.choose("An adult on out-of-work benefits");
        browser.submit();

        assertThat(browser.text())
                .contains("Referral recorded")
                .contains("Referral from " + EARLY_HELP)
                .contains("Waiting for a decision");
        browser.assertAccessible();
    }

    @Test
    @Order(3)
    void aTeamManagerAcceptsTheReferralAndAppointsTheLeadProfessional() {
        signInAs("mo.ahmed");
        assertThat(browser.text(By.cssSelector("[data-testid=awaiting-decision]")))
                .as("the referral waits in the managers' inbox")
                .contains(FAMILY)
                .contains("Missing school or excluded");
        browser.assertAccessible();
        browser.clickLink("Find a family");
        browser.type("name", SURNAME);
        browser.click(By.cssSelector("main form[method=get] button[type=submit]"));
        assertThat(browser.text()).contains("1 family found");
        browser.assertAccessible();
        browser.clickLink(FAMILY);
        browser.clickLink("1 referral awaits a decision");
        browser.assertAccessible();

        browser.clickLink("Accept");
        assertThat(browser.heading()).isEqualTo("Accept the referral");
        browser.assertAccessible();
        browser.choose("Sam Patel");
        browser.submit();

        assertThat(browser.text()).contains("Referral accepted: the case is open");
        assertThat(browser.text(By.cssSelector("[data-testid=no-lead-warning]")))
                .contains("This case is open but has no lead professional");
        assertThat(browser.text(By.cssSelector("[data-testid=team]"))).contains("Sam Patel");
        browser.assertAccessible();

        browser.clickLink("My caseload");
        assertThat(browser.text(By.cssSelector("[data-testid=without-lead]"))).contains(FAMILY);
        By inbox = By.cssSelector("[data-testid=awaiting-decision]");
        assertThat(browser.has(inbox) && browser.text(inbox).contains(FAMILY))
                .as("decided: out of the inbox")
                .isFalse();
        browser.assertAccessible();
        browser.open(familyUrl);
        browser.clickLink("No lead professional: a team manager should appoint one");

        browser.clickLink("Appoint a lead professional");
        browser.assertAccessible();
        browser.choose("Sam Patel");
        browser.submit();

        assertThat(browser.text()).contains("Sam Patel is the lead professional");
        browser.clickLink("Summary");
        assertThat(browser.text(By.cssSelector("[data-testid=lead-professional]")))
                .contains("Sam Patel");
        assertThat(browser.has(By.cssSelector("[data-testid=no-lead-warning]"))).isFalse();
    }

    @Test
    @Order(4)
    void theLeadProfessionalAssessesTheFamilyAndAgreesAPlanWithThem() {
        signInAs("sam.patel");
        assertThat(browser.text(By.cssSelector("[data-testid=families]"))).contains(FAMILY);
        browser.clickLink(FAMILY);

        browser.clickLink("Assessment");
        browser.clickLink("Complete an assessment");
        browser.assertAccessible();
        int[] scores = {1, 2, 0, 3, 0, 1, 2};
        for (int domain = 0; domain < scores.length; domain++) {
            String radios = "needs-" + domain + "-score";
            browser.chooseId(scores[domain] == 0 ? radios : radios + "-" + (scores[domain] + 1));
            browser.type("needs-" + domain + "-evidence", "Seen at the first home visit (" + domain + ")");
        }
        browser.submit();
        assertThat(browser.text()).contains("Assessment recorded");
        assertThat(browser.text(By.cssSelector("[data-testid=assessment]")))
                .contains("Work 3: Significant need First assessment");

        browser.clickLink("Plan and reviews");
        browser.clickLink("Agree a support plan");
        browser.submit();
        assertThat(browser.errorSummary())
                .contains("Add at least one goal")
                .contains("Enter the date of the next review");
        browser.assertAccessible();

        browser.select("goals-0-need", "Work (3: Significant need)");
        browser.type("goals-0-description", "Rachel back in work");
        planAction(0, "Weekly job-search sessions", TODAY.plusDays(30));
        planAction(1, "CV workshop at the library", TODAY.plusDays(45));
        browser.typeDate("nextReviewOn", TODAY.plusDays(60));
        browser.submit();

        assertThat(browser.text()).contains("Support plan agreed");
        assertThat(browser.text(By.cssSelector("[data-testid=plan-actions]")))
                .contains("Weekly job-search sessions")
                .contains("CV workshop at the library")
                .contains("Open");

        browser.clickLink("Record the family's agreement");
        browser.assertAccessible();
        browser.type("agreedBy", "Rachel and Tom " + SURNAME);
        browser.submit();
        assertThat(browser.text(By.cssSelector("[data-testid=plan]")))
                .contains("Agreed by Rachel and Tom " + SURNAME + " on " + GOV_UK_DATE.format(TODAY));
        browser.assertAccessible();
    }

    @Test
    @Order(5)
    void twoAgenciesRecordEventsAboutTheFamily() {
        browser.open(rachelUrl);
        recordEvent("Case note");
        browser.type("values-text", "First home visit: Rachel wants to work school hours.");
        browser.submit();
        assertThat(browser.text()).contains("Case note recorded").contains("Rachel wants to work school hours.");

        recordEvent("Compact or parenting contract agreed");
        browser.choose("Family compact");
        browser.type("values-terms", "Josh in school every day; Sam meets the family every week.");
        browser.submit();
        assertThat(browser.text()).contains("Compact or parenting contract agreed recorded");

        // The neighbourhood police officer is not on the team: he can only ask to join, and sees no casework.
        signInAs("ray.hughes");
        browser.open(familyUrl);
        assertThat(browser.text(By.cssSelector("[data-testid=sub-navigation]")))
                .as("no casework parts")
                .doesNotContain("Team")
                .doesNotContain("Plan and reviews");
        browser.clickLink("Household");
        assertThat(browser.text(By.cssSelector("[data-testid=household]"))).contains(RACHEL);
        assertThat(browser.text()).doesNotContain("Add a member").doesNotContain("Record leaving");
        browser.assertAccessible();
        browser.open(familyUrl + "/team");
        assertThat(browser.has(By.cssSelector("[data-testid=team]"))).isFalse();
        assertThat(browser.text()).contains("are shown to the team around the family");
        browser.clickLink("Summary");
        browser.clickLink("Ask to join this team");
        assertThat(browser.heading()).isEqualTo("Ask to join the team around the family");
        browser.assertAccessible();
        browser.submit();
        assertThat(browser.errorSummary()).contains("Enter why you need to join the team");
        browser.assertAccessible();
        browser.type(
                "reason", "Josh has been seen with older boys near the shops; I would like to work with the school.");
        browser.submit();
        assertThat(browser.text()).contains("Request sent: the lead professional will decide");
        assertThat(browser.text(By.cssSelector("[data-testid=join-requested]")))
                .contains("You have asked to join the team");
        assertThat(browser.has(By.cssSelector("[data-testid=team]")))
                .as("asking opens nothing")
                .isFalse();
        browser.assertAccessible();

        signInAs("sam.patel");
        assertThat(browser.text(By.cssSelector("[data-testid=join-requests]")))
                .contains(FAMILY)
                .contains("Ray Hughes")
                .contains("older boys near the shops");
        browser.assertAccessible();
        browser.clickLink(FAMILY);
        assertThat(browser.text(By.cssSelector("[data-testid=join-request]")))
                .contains("Ray Hughes, Hampshire and Isle of Wight Constabulary, asked on " + GOV_UK_DATE.format(TODAY))
                .contains("older boys near the shops");
        browser.assertAccessible();

        // Meanwhile, in another tab, she adds a colleague: the page with the request is out of date.
        String withTheRequest = browser.openTab(familyUrl + "/team");
        browser.clickLink("Add a colleague to the team");
        browser.assertAccessible();
        browser.choose("Dee Walsh");
        browser.submit();
        assertThat(browser.text()).contains("Dee Walsh added to the team");
        browser.switchTo(withTheRequest);

        browser.click(By.xpath("//button[starts-with(normalize-space(), 'Approve')]"));
        assertThat(browser.errorSummary())
                .contains(
                        "Someone else changed this family while you were working. Check the latest details and try again.");
        assertThat(browser.text(By.cssSelector("[data-testid=team]")))
                .contains("Dee Walsh")
                .doesNotContain("Ray Hughes");
        browser.assertAccessible();
        browser.click(By.xpath("//button[starts-with(normalize-space(), 'Approve')]"));
        assertThat(browser.text()).contains("Ray Hughes is in the team");
        assertThat(browser.text(By.cssSelector("[data-testid=team]"))).contains("Ray Hughes");
        assertThat(browser.has(By.cssSelector("[data-testid=join-request]"))).isFalse();

        // Being in the team is no lawful basis for another agency's records (ADR 12): Rachel consents.
        browser.open(rachelUrl);
        browser.clickLink("Sharing");
        browser.clickLink("Record consent");
        assertThat(browser.heading()).isEqualTo("Record consent to share");
        browser.assertAccessible();
        browser.submit();
        assertThat(browser.errorSummary())
                .contains("Select who gave consent")
                .contains("Select at least one agency that may see the information")
                .contains("Select at least one kind of information the consent covers")
                .contains("Select what the information may be used for")
                .contains("Enter the last day the consent covers")
                .contains("Select how consent was given");
        browser.assertAccessible();
        browser.choose("The person");
        browser.choose(JOBCENTRE);
        browser.choose(EARLY_HELP);
        browser.choose("Employment and benefits");
        browser.choose("Case notes");
        browser.choose("To support the family");
        browser.typeDate("validUntil", TODAY.plusYears(4));
        browser.choose("A signed consent form");
        browser.submit();
        assertThat(browser.errorSummary()).contains("A consent can last at most 3 years");
        browser.screenshot("consent-refused");
        assertThat(browser.find(By.cssSelector(".govuk-error-summary__list a")).getAttribute("href"))
                .endsWith("#validUntil-day");
        browser.assertAccessible();
        browser.typeDate("validUntil", TODAY.plusYears(1));
        browser.submit();
        assertThat(browser.text()).contains("Consent recorded");
        assertThat(browser.text(By.cssSelector("[data-testid=consent]")))
                .contains("Active")
                .contains(JOBCENTRE + " and " + EARLY_HELP
                        + " can see employment and benefits and case note information until "
                        + GOV_UK_DATE.format(TODAY.plusYears(1)) + ", to support the family.")
                .contains("Recorded by Sam Patel, " + EARLY_HELP + ", on " + GOV_UK_DATE.format(TODAY));
        browser.screenshot("consents");
        browser.assertAccessible();

        signInAs("dee.walsh");
        browser.clickLink(FAMILY);
        browser.clickLink("Household");
        browser.clickLink(RACHEL);
        recordEvent("Benefit claim started");
        browser.choose("Universal Credit");
        browser.choose("Searching for work");
        browser.submit();
        assertThat(browser.text())
                .contains("Benefit claim started recorded")
                .contains("Universal Credit")
                .contains("Recorded by Dee Walsh, " + JOBCENTRE)
                .as("Rachel's consent lets the Jobcentre see Early Help's case note (ADR 12)")
                .contains("First home visit: Rachel wants to work school hours.");
        browser.assertAccessible();
    }

    @Test
    @Order(6)
    void theLeadProfessionalHandsOverWithANote() {
        signInAs("sam.patel");
        browser.open(familyUrl);
        browser.clickLink("Team");
        browser.clickLink("Hand over to another lead professional");
        browser.assertAccessible();
        browser.choose("Dee Walsh");
        browser.type("note", "Rachel's job search is the priority now; CV workshop booked.");
        browser.submit();

        assertThat(browser.text()).contains("Handed over: Dee Walsh is the lead professional");
        assertThat(browser.text(By.cssSelector("[data-testid=lead-history]")))
                .contains("Lead professional handed over")
                .contains("Sam Patel, " + EARLY_HELP)
                .contains("Rachel's job search is the priority now; CV workshop booked.");
        browser.assertAccessible();
        browser.clickLink("Summary");
        assertThat(browser.text(By.cssSelector("[data-testid=lead-professional]")))
                .contains("Dee Walsh")
                .contains(JOBCENTRE);
    }

    @Test
    @Order(7)
    void theChronologyShowsBothAgenciesAndFiltersByAgency() {
        browser.clickLink("Chronology");
        assertThat(browser.find(By.cssSelector(".moj-sub-navigation a[aria-current=page]"))
                        .getText())
                .isEqualTo("Chronology");
        String everything = browser.text(By.id("chronology"));
        assertThat(everything)
                .as("Sam sees the Jobcentre's entries through Rachel's consent")
                .contains("Recorded by Dee Walsh, " + JOBCENTRE)
                .contains("Recorded by Sam Patel, " + EARLY_HELP)
                .contains("Benefit claim started")
                .contains("Case note")
                .contains("About " + RACHEL);

        browser.select("filter-agency", JOBCENTRE);
        browser.click(By.xpath("//button[normalize-space()='Apply filter']"));
        List<WebElement> entries = browser.findAll(By.cssSelector("#chronology .moj-timeline__item"));
        assertThat(entries).isNotEmpty();
        assertThat(entries)
                .allSatisfy(entry -> assertThat(entry.getText()).contains("Recorded by Dee Walsh, " + JOBCENTRE));
        assertThat(browser.text(By.cssSelector("#chronology .moj-timeline")))
                .contains("Benefit claim started")
                .doesNotContain("Case note")
                .doesNotContain(EARLY_HELP);
        assertThat(browser.text(By.id("chronology"))).contains("Clear filter");
        browser.assertAccessible();
    }

    @Test
    @Order(8)
    void rachelWithdrawsHerConsentAndTheJobcentreNoLongerSeesTheCaseNote() {
        browser.open(rachelUrl);
        browser.clickLink("Sharing");
        assertThat(browser.text(By.cssSelector("[data-testid=consents-summary]")))
                .contains("can see employment and benefits and case note information");
        browser.clickLink("Consents and their history");
        browser.click(By.partialLinkText("Withdraw"));
        assertThat(browser.heading()).isEqualTo("Withdraw consent");
        browser.assertAccessible();
        browser.submit();
        assertThat(browser.errorSummary())
                .contains("Enter why the consent was withdrawn")
                .contains("Confirm that the consent has been withdrawn");
        browser.assertAccessible();
        browser.type("reason", "Rachel rang: she wants to tell the Jobcentre herself.");
        browser.chooseId("confirmed");
        browser.submit();

        assertThat(browser.text()).contains("Consent withdrawn");
        assertThat(browser.text(By.cssSelector("[data-testid=consent]")))
                .contains("Withdrawn on " + GOV_UK_DATE.format(TODAY))
                .contains("Rachel rang: she wants to tell the Jobcentre herself.");
        assertThat(browser.text(By.cssSelector("[data-testid=consent-history]")))
                .contains("Recorded at")
                .contains("Withdrawn at");
        browser.assertAccessible();

        signInAs("dee.walsh");
        browser.open(rachelUrl);
        browser.clickLink("Chronology");
        assertThat(browser.text(By.id("chronology")))
                .contains("Universal Credit")
                .doesNotContain("First home visit: Rachel wants to work school hours.");
        assertThat(browser.text(By.cssSelector("[data-testid=withheld]")))
                .contains("from " + EARLY_HELP + " is not shown: no consent for case notes");
        browser.screenshot("consent-withdrawn-withheld");
        browser.assertAccessible();
        signInAs("sam.patel");
    }

    @Test
    @Order(9)
    void lastMonthTheFamilyHadItsMembersButNoCase() {
        LocalDate lastMonth = TODAY.minusMonths(1);
        browser.open(familyUrl);
        browser.clickLink("View as at a date");
        browser.assertAccessible();
        browser.typeDate("date", lastMonth);
        browser.click(By.cssSelector("main form[method=get] button[type=submit]"));

        assertThat(browser.text(By.cssSelector("[data-testid=as-at-banner]")))
                .contains("as it stood on " + GOV_UK_DATE.format(lastMonth));
        assertThat(browser.text(By.cssSelector("[data-testid=case-summary]")))
                .contains("Not open")
                .contains("None appointed")
                .doesNotContain("Dee Walsh")
                .doesNotContain("Sam Patel");
        assertThat(browser.text()).doesNotContain("Refer the family");
        browser.assertAccessible();

        browser.clickLink("Household");
        assertThat(browser.text(By.cssSelector("[data-testid=as-at-banner]")))
                .as("the parts keep the date")
                .contains("as it stood on " + GOV_UK_DATE.format(lastMonth));
        assertThat(browser.text(By.cssSelector("[data-testid=household]")))
                .contains(RACHEL)
                .contains(TOM)
                .contains(JOSH);
        browser.clickLink("Plan and reviews");
        assertThat(browser.text()).contains("No support plan has been agreed yet.");
        browser.clickLink("Referrals");
        assertThat(browser.text()).contains("The family has not been referred.").doesNotContain("Refer the family");
        browser.clickLink("Chronology");
        assertThat(browser.text(By.id("chronology"))).doesNotContain("Benefit claim started");
        browser.assertAccessible();

        browser.open(familyUrl + "/as-at?view=true&date=2026-06-01");
        assertThat(browser.text())
                .as("a hand-typed date in the address, in plain words")
                .contains("Enter the date as a day, month and year")
                .doesNotContain("Failed to convert")
                .doesNotContain("DateInput");
        browser.assertAccessible();
        browser.open(familyUrl + "?asAt=1-6-2026");
        assertThat(browser.text())
                .contains("There is a problem with the web address")
                .contains("The date in the web address is not one this page understands")
                .doesNotContain("Failed to convert");
        browser.assertAccessible();
    }

    @Test
    @Order(10)
    void aKeyworkerCannotCloseTheCaseWithAnActionStillOpen() {
        browser.open(familyUrl);
        browser.clickLink("Plan and reviews");
        browser.click(By.xpath("//button[contains(., 'Mark as done') and contains(., 'Weekly job-search sessions')]"));
        assertThat(browser.text()).contains("Action marked as done");
        browser.clickLink("Summary");

        browser.clickLink("Close the case");
        browser.assertAccessible();
        assertThat(browser.has(By.id("overrideOpenActions"))).isFalse();
        browser.choose("Outcomes achieved");
        browser.type("outcomeSummary", "Rachel is in work; Josh attends every day.");
        browser.submit();

        assertThat(browser.errorSummary())
                .contains("1 action is still open: complete them, or ask a team manager to override");
        browser.assertAccessible();
    }

    @Test
    @Order(11)
    void aTeamManagerClosesTheCaseWithAnActionStillOpenOnceTheyHaveSeenTheLatestVersion() {
        signInAs("mo.ahmed");
        browser.open(familyUrl);
        browser.clickLink("Close the case");
        browser.choose("Outcomes achieved");
        browser.type("outcomeSummary", "Rachel is in work; Josh attends every day.");
        browser.chooseId("overrideOpenActions");

        String closing = browser.openTab(familyUrl + "/reviews/new");
        browser.type("notes", "Good progress: Rachel has an interview.");
        browser.submit();
        assertThat(browser.text()).contains("Review recorded");
        browser.switchTo(closing);

        browser.submit();
        assertThat(browser.errorSummary())
                .contains(
                        "Someone else changed this family while you were working. Check the latest details and try again.");
        assertThat(browser.find(By.id("outcomeSummary")).getAttribute("value"))
                .isEqualTo("Rachel is in work; Josh attends every day.");
        assertThat(browser.find(By.id("overrideOpenActions")).isSelected()).isTrue();
        browser.assertAccessible();

        browser.submit();
        assertThat(browser.text()).contains("Case closed");
        assertThat(browser.text(By.cssSelector("[data-testid=case-summary]")))
                .contains("Closed")
                .contains("Closed on " + GOV_UK_DATE.format(TODAY) + ": Outcomes achieved")
                .contains("Closed with actions still open, on a team manager's override.");
        assertThat(browser.text(By.cssSelector("[data-testid=family-actions]"))).contains("Reopen the case");
        browser.assertAccessible();
    }

    @Test
    @Order(12)
    void aHousingOfficerMayNotRecordAnOffenceAndSeesOnlyWhatIsShared() {
        signInAs("lee.morgan");
        browser.open(rachelUrl);
        browser.clickLink("Chronology");
        assertThat(browser.text(By.cssSelector("[data-testid=withheld]")))
                .contains("from " + JOBCENTRE)
                .contains("not shown: you do not work with their family");
        assertThat(browser.text()).doesNotContain("Universal Credit");
        browser.assertAccessible();

        browser.clickLink("Record an event");
        assertThat(browser.text())
                .contains("Rent arrears")
                .contains("Tenancy started")
                .doesNotContain("Offence proven");
    }

    @Test
    @Order(13)
    void aTeamManagerReopensTheCaseAndRecordsThatTomLeftOnceTheyHaveSeenTheLatestVersion() {
        signInAs("mo.ahmed");
        browser.open(familyUrl);
        browser.clickLink("Reopen the case");
        browser.assertAccessible();
        browser.type("reason", "Rachel asked for help again after Tom moved out.");
        browser.submit();
        assertThat(browser.text()).contains("Case reopened");
        assertThat(browser.text(By.cssSelector("[data-testid=family-actions]")))
                .contains("Close the case")
                .doesNotContain("Reopen the case");

        browser.clickLink("Household");
        browser.click(By.xpath("//tr[contains(., '" + TOM + "')]//a[contains(., 'Record leaving')]"));
        assertThat(browser.heading()).isEqualTo("Record that " + TOM + " left the household");
        browser.type("reason", "Moved in with his brother in Portsmouth.");

        String leaving = browser.openTab(familyUrl + "/reviews/new");
        browser.type("notes", "Case reopened: Rachel wants support with childcare.");
        browser.submit();
        assertThat(browser.text()).contains("Review recorded");
        browser.switchTo(leaving);

        browser.submit();
        assertThat(browser.errorSummary())
                .contains(
                        "Someone else changed this family while you were working. Check the latest details and try again.");
        assertThat(browser.find(By.id("reason")).getAttribute("value"))
                .isEqualTo("Moved in with his brother in Portsmouth.");
        browser.assertAccessible();

        browser.submit();
        assertThat(browser.text()).contains("Recorded that " + TOM + " left the household");
        assertThat(browser.text(By.xpath("//tr[contains(., '" + TOM + "')]")))
                .contains(GOV_UK_DATE.format(TODAY))
                .doesNotContain("Record leaving");

        browser.click(By.xpath("//tr[contains(., '" + TOM + "')]//a[normalize-space() = '" + TOM + "']"));
        browser.clickLink("Record a death");
        browser.assertAccessible();
        browser.typeDate("date", TODAY);
        browser.submit();
        assertThat(browser.text()).contains("Death recorded");
    }

    @Test
    @Order(14)
    void aFormSentTwiceRecordsOnceButTwoSubmissionsWithoutTheirKeyRecordTwice() {
        // Still signed in as the team manager (signing in again within the same authenticator step is refused).
        String once = "Sent twice with its key: recorded once.";
        String twice = "Sent twice without a key: recorded twice.";

        browser.open(familyUrl + "/reviews/new");
        browser.type("notes", once);
        assertThat(sendTheFormTwice(false)).isEqualTo(200L);
        browser.open(familyUrl + "/reviews/new");
        browser.type("notes", twice);
        assertThat(sendTheFormTwice(true)).isEqualTo(200L);

        openThePlanOnceItShows(twice, 2);
        assertThat(reviewsWithNotes(once)).isEqualTo(1L);
        assertThat(reviewsWithNotes(twice))
                .as("the same form without its key is two requests")
                .isEqualTo(2L);
    }

    /** Posts the page's form twice, one after the other, as a double click or a resent form would. */
    private static Object sendTheFormTwice(boolean withoutKey) {
        return browser.script("const form = document.querySelector('main form[method=post]');"
                + "const data = new FormData(form);"
                + (withoutKey ? "data.delete('idempotencyKey');" : "")
                + "const send = () => fetch(form.action, {method: 'POST', body: new URLSearchParams(data)});"
                + "return send().then(() => send()).then(second => second.status);");
    }

    /**
     * Opens the plan part until it lists this many reviews with these notes (for at most 10 s): a page
     * opened afresh does not wait for the read models, as the page a form redirects to does, so on a busy
     * machine it may lag them.
     */
    private static void openThePlanOnceItShows(String notes, long reviews) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        do {
            browser.open(familyUrl + "/plan");
        } while (((Number) reviewsWithNotes(notes)).longValue() < reviews && System.nanoTime() < deadline);
    }

    private static Object reviewsWithNotes(String notes) {
        return browser.script("return document.evaluate(\"//h2[normalize-space() = 'Reviews']"
                + "/following-sibling::div[contains(@class, 'govuk-summary-card')]//p[normalize-space() = '" + notes
                + "']\", document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null).snapshotLength;");
    }

    private static void signInAs(String username) {
        browser.signOut();
        browser.signIn(system, username);
        assertThat(browser.heading())
                .as("signed in as %s, at %s", username, browser.url())
                .isEqualTo("My caseload");
    }

    /** From the family page: find the person (nobody yet), register them, add them to the household. */
    private static void addNewMember(String givenName, LocalDate born, String sex, String relationship) {
        browser.clickLink("Household");
        browser.clickLink("Add a member");
        assertThat(browser.heading()).isEqualTo("Find a person");
        browser.type("name", givenName + " " + SURNAME);
        browser.click(By.cssSelector("main form[method=get] button[type=submit]"));
        assertThat(browser.text()).contains("No one found");
        browser.assertAccessible();
        browser.clickLink("Register a new person");

        browser.type("givenNames", givenName);
        browser.typeDate("dateOfBirth", born);
        browser.choose(sex);
        browser.assertAccessible();
        browser.submit();

        assertThat(browser.heading())
                .as(browser.text())
                .isEqualTo("Add " + givenName + " " + SURNAME + " to the household");
        browser.choose(relationship);
        browser.typeDate("joinedOn", JOINED);
        browser.assertAccessible();
        browser.submit();
        assertThat(browser.text()).contains(givenName + " " + SURNAME + " added to the household");
    }

    private static void planAction(int row, String description, LocalDate dueOn) {
        String action = "goals-0-actions-" + row;
        browser.type(action + "-description", description);
        browser.select(action + "-ownerAgency", EARLY_HELP);
        browser.type(action + "-ownerName", "Sam Patel");
        browser.typeDate(action + "-dueOn", dueOn);
    }

    private static void recordEvent(String kind) {
        browser.clickLink("Record an event");
        browser.choose(kind);
        browser.submit();
        assertThat(browser.heading()).isEqualTo(kind);
        browser.assertAccessible();
    }

    private static int randomDay() {
        return 1 + ThreadLocalRandom.current().nextInt(28);
    }
}
