package uk.joinedup.webui.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three services as processes; a demo keyworker signs in through the real OpenID Connect flow
 * (web-ui → identity-service sign-in page → code → tokens), registers a person and adds a note through
 * web-ui, which relays their access token to case-service; the person's page shows the note.
 */
class SignInAndRecordIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private static RunningSystem system;
    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.get();
    }

    @Test
    void aKeyworkerSignsInRegistersAPersonAndRecordsANote() throws Exception {
        HttpResponse<String> signInPage = get(system.webUrl() + "/people/new");
        assertThat(signInPage.uri().toString()).startsWith(system.identityUrl() + "/login");

        HttpResponse<String> registerPage = post(
                system.identityUrl() + "/login",
                form("username", "jo.carter", "password", RunningSystem.DEMO_PASSWORD, "_csrf", csrf(signInPage)));
        assertThat(registerPage.uri().getPath()).isEqualTo("/people/new");
        assertThat(registerPage.body()).contains("Register a person").contains("Jo Carter");

        HttpResponse<String> personPage = post(
                system.webUrl() + "/people/new",
                form(
                        "givenNames", "Tony",
                        "familyName", "Marsh",
                        "dateOfBirth.day", "14",
                        "dateOfBirth.month", "3",
                        "dateOfBirth.year", "1988",
                        "_csrf", csrf(registerPage)));
        assertThat(personPage.uri().getPath()).startsWith("/people/");
        assertThat(personPage.body())
                .contains("Person registered")
                .contains("Tony Marsh")
                .contains("14 March 1988");

        HttpResponse<String> notePage = get(personPage.uri() + "/case-notes/new");
        HttpResponse<String> afterNote = post(
                personPage.uri() + "/case-notes/new",
                form(
                        "occurredOn.day", "20",
                        "occurredOn.month", "11",
                        "occurredOn.year", "2026",
                        "text", "Released on licence; first appointment kept.",
                        "_csrf", csrf(notePage)));
        assertThat(afterNote.uri()).isEqualTo(personPage.uri());
        assertThat(afterNote.body())
                .contains("Case note added")
                .contains("Released on licence; first appointment kept.")
                .contains("recorded by Jo Carter, Hampshire and Isle of Wight Probation")
                .contains("20 November 2026");
    }

    @Test
    void aWrongPasswordShowsAnErrorAndSignsNobodyIn() throws Exception {
        HttpResponse<String> signInPage = get(system.webUrl() + "/people/new");
        HttpResponse<String> refused = post(
                system.identityUrl() + "/login",
                form("username", "jo.carter", "password", "not-the-password", "_csrf", csrf(signInPage)));
        assertThat(refused.uri().toString()).isEqualTo(system.identityUrl() + "/login?error");
        assertThat(refused.body()).contains("There is a problem").contains("Enter a correct username and password");
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String form) throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("a CSRF token on " + page.uri()).isTrue();
        return matcher.group(1);
    }

    private static String form(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
