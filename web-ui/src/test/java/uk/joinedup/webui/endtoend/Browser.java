package uk.joinedup.webui.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with axe-core checks against WCAG 2.2 A and AA. The
 * binaries default to the Debian packages' paths ({@code chrome.binary}, {@code chromedriver.binary}).
 */
final class Browser implements AutoCloseable {

    private static final List<String> WCAG_22_AA =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private static final Duration IMPLICIT_WAIT = Duration.ofSeconds(5);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A JSON Web Token (header and payload are base64url JSON objects), or a token-bearing parameter. */
    static final Pattern TOKEN_IN_ADDRESS = Pattern.compile(
            "eyJ[A-Za-z0-9_-]{2,}\\.eyJ|[?&#](id_token_hint|id_token|access_token|refresh_token|logout_token)=");

    private final WebDriver driver;
    private final List<String> requested = new ArrayList<>();
    private final List<String> console = new ArrayList<>();

    Browser() {
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"))
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--window-size=1280,1024",
                        "--user-data-dir=" + temporaryProfile());
        // the console (Content-Security-Policy violations) and the network (every address requested)
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
    }

    void open(String url) {
        requestedUrls(); // keeps the browser's log short
        driver.get(url);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    /** Whether the page has such an element, without waiting for one to appear. */
    boolean has(By by) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return !driver.findElements(by).isEmpty();
        } finally {
            driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        }
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Types a date into the GOV.UK date input whose fields' ids start with {@code id}. */
    void typeDate(String id, LocalDate date) {
        type(id + "-day", String.valueOf(date.getDayOfMonth()));
        type(id + "-month", String.valueOf(date.getMonthValue()));
        type(id + "-year", String.valueOf(date.getYear()));
    }

    /** Ticks the radio or checkbox with this label (through the label: GOV.UK hides the input itself). */
    void choose(String label) {
        driver.findElement(By.xpath("//label[normalize-space()=" + literal(label) + "]"))
                .click();
    }

    /** Ticks the radio or checkbox with this id. */
    void chooseId(String id) {
        driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    void select(String id, String visibleText) {
        new Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
    }

    /** Clicks a link or button and waits for the next page to replace this one. */
    void click(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(by).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .pollingEvery(Duration.ofMillis(50))
                .until(ExpectedConditions.stalenessOf(page));
    }

    void clickLink(String text) {
        click(By.linkText(text));
    }

    /** Submits the page's form (the one that changes something), waiting for the answer. */
    void submit() {
        click(By.cssSelector("main form[method=post] button[type=submit]"));
    }

    /** Opens a new tab and works in it; {@link #switchTo} goes back. */
    String openTab(String url) {
        String current = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(url);
        return current;
    }

    void switchTo(String tab) {
        driver.close();
        driver.switchTo().window(tab);
    }

    /**
     * Signs in through identity-service's sign-in pages, a demo user's password and then a code from their
     * authenticator, and lands on the caseload.
     */
    void signIn(RunningSystem system, String username) {
        signIn(system, username, RunningSystem.DEMO_PASSWORD);
    }

    void signIn(RunningSystem system, String username, String password) {
        open(system.webUrl() + "/oauth2/authorization/joinedup");
        enterPassword(username, password);
        AuthenticatorCodes.enter(username, this::enterCode);
    }

    /** On identity-service's sign-in page: the username and password. */
    void enterPassword(String username, String password) {
        if (!has(By.id("username"))) {
            List<String> addresses = requestedUrls();
            throw new AssertionError("Expected identity-service's sign-in page, not " + url() + " (cookies "
                    + driver.manage().getCookies() + "), after requesting "
                    + addresses.subList(Math.max(0, addresses.size() - 25), addresses.size()) + ":\n" + text());
        }
        type("username", username);
        type("password", password);
        click(By.cssSelector("button.govuk-button"));
    }

    /** On identity-service's code page: the code from the authenticator app. */
    void enterCode(String code) {
        type("code", code);
        click(By.cssSelector("button.govuk-button"));
    }

    /** Signs out of web-ui and identity-service. */
    void signOut() {
        click(By.xpath("//button[normalize-space()='Sign out']"));
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/signed-out"));
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String text(By by) {
        return driver.findElement(by).getText();
    }

    String errorSummary() {
        return driver.findElement(By.className("govuk-error-summary")).getText();
    }

    /** The error summary's link for a message goes to the field it is about. */
    String errorLink(String message) {
        return driver.findElement(By.xpath(
                        "//div[contains(@class,'govuk-error-summary')]//a[normalize-space()=" + literal(message) + "]"))
                .getAttribute("href");
    }

    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    /**
     * Fetches a page the way a download link would, with the browser's cookies (so, signed in), without
     * leaving the page: for files the browser would save rather than show.
     */
    HttpResponse<String> download(String url) {
        String cookies = driver.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .header("Cookie", cookies)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Saves a screenshot of the whole page as {@code target/screenshots/<name>.png}, to look at while
     * working on pages; only when {@code -De2e.screenshots=true}, so that test runs stay quick.
     */
    void screenshot(String name) {
        if (!Boolean.getBoolean("e2e.screenshots")) {
            return;
        }
        try {
            Path directory = Files.createDirectories(Path.of("target", "screenshots"));
            long height =
                    (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
            driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 100, 8000)));
            Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(new Dimension(1280, 1024));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fails with the list of violations if the page breaks a WCAG 2.2 A or AA rule axe can check. axe runs
     * in the page itself (axe-core's "legacy" mode), as it can for pages whose frames, if any, come from the
     * same origin; the default would also open a blank window, inject axe there a second time and finish the
     * run in it, which only cross-origin frames need, and takes longer (about 1.1 s a page rather than 0.7 s,
     * measured). Looking for frames to check as well does not wait the implicit wait when there are none.
     */
    void assertAccessible() {
        Results results;
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            results = new AxeBuilder().withTags(WCAG_22_AA).setLegacyMode().analyze(driver);
        } finally {
            driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        }
        assertThat(results.getPasses())
                .as("axe ran its rules on %s", driver.getCurrentUrl())
                .isNotEmpty();
        assertThat(results.getViolations())
                .as("axe violations on %s:%n%s", driver.getCurrentUrl(), describe(results.getViolations()))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    /** Every address the browser has requested so far (pages, redirects, forms, scripts, fetches). */
    List<String> requestedUrls() {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                if ("Network.requestWillBeSent".equals(message.path("method").asText())) {
                    requested.add(
                            message.path("params").path("request").path("url").asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(requested);
    }

    /** What the browser's console has said so far (e.g. a script or style refused by the CSP). */
    List<String> consoleMessages() {
        driver.manage().logs().get(LogType.BROWSER).forEach(entry -> console.add(entry.getMessage()));
        return List.copyOf(console);
    }

    /** Fails if the browser refused anything a page asked for because of the Content-Security-Policy. */
    void assertNoContentSecurityPolicyViolation() {
        assertThat(consoleMessages())
                .as("the browser's console")
                .noneMatch(message -> message.contains("Content Security Policy"));
    }

    /** Runs a script in the page (for what a test cannot see otherwise, e.g. which element has focus). */
    Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** The browser's cookie of this name, as the server set it, or null. */
    String cookie(String name) {
        Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie != null ? cookie.getValue() : null;
    }

    /** Waits, up to the time given, until the condition holds. */
    <T> T waitUntil(Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout)
                .pollingEvery(Duration.ofMillis(200))
                .until(condition::apply);
    }

    private static String temporaryProfile() {
        try {
            return Files.createTempDirectory("joinedup-chromium").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Quits the browser, then fails if any address it requested held a token, or if the
     * Content-Security-Policy of any page it showed refused something: checked for every browser test.
     */
    @Override
    public void close() {
        List<String> addresses;
        List<String> console;
        try {
            addresses = requestedUrls();
            console = consoleMessages();
        } finally {
            driver.quit();
        }
        assertThat(addresses).as("addresses the browser requested").isNotEmpty().noneMatch(address -> TOKEN_IN_ADDRESS
                .matcher(address)
                .find());
        assertThat(console)
                .as("the browser's console")
                .noneMatch(message -> message.contains("Content Security Policy"));
    }
}
