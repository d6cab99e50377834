package uk.joinedup.identity.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with axe-core checks against WCAG 2.2 A and AA. The
 * binaries default to the Debian packages' paths ({@code chrome.binary}, {@code chromedriver.binary}).
 */
public final class Chromium implements AutoCloseable {

    private static final List<String> WCAG_22_AA =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private final WebDriver driver;
    private final String base;

    public Chromium(int port) {
        this.base = "http://localhost:" + port;
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"))
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--window-size=1280,1024",
                        "--user-data-dir=" + temporaryProfile());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks the page's GOV.UK button with this text, and waits for the next page to replace this one. */
    public void submit(String text) {
        click(By.xpath("//button[contains(@class,'govuk-button') and normalize-space()=" + literal(text) + "]"));
    }

    /** Clicks, and waits for the next page to replace this one. */
    public void click(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(by).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    }

    /** Fails with the list of violations if the page breaks a WCAG 2.2 A or AA rule axe can check. */
    public void assertAccessible() {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        assertThat(results.getPasses())
                .as("axe ran its rules on %s", driver.getCurrentUrl())
                .isNotEmpty();
        assertThat(results.getViolations())
                .as("axe violations on %s:%n%s", driver.getCurrentUrl(), describe(results.getViolations()))
                .isEmpty();
    }

    /** Whether the browser ran the page's script module without a CSP or script error. */
    public boolean scriptRan() {
        return driver.findElement(By.tagName("body")).getAttribute("class").contains("govuk-frontend-supported");
    }

    /** Forgets every cookie: another person at the same browser. */
    public void forgetCookies() {
        driver.manage().deleteAllCookies();
    }

    /** Whether the image was loaded and decoded. */
    public boolean imageShown(By by) {
        Object width = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth", driver.findElement(by));
        return width instanceof Number number && number.intValue() > 0;
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    private static String temporaryProfile() {
        try {
            return Files.createTempDirectory("joinedup-identity-chromium").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
