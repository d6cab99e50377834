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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript, over plain HTTP: keeps cookies, follows redirects (or, through {@link
 * #withoutRedirects}, shows them), and posts forms with the CSRF token of the page they are on.
 */
final class FormClient {

    /** What a browser asks for when it opens a page or sends a form. */
    private static final String PAGE = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final CookieManager cookies;
    private final HttpClient http;

    FormClient() {
        this(new CookieManager(), HttpClient.Redirect.NORMAL);
    }

    private FormClient(CookieManager cookies, HttpClient.Redirect redirects) {
        this.cookies = cookies;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(redirects)
                .build();
    }

    /** The same cookies, but redirects are answered rather than followed. */
    FormClient withoutRedirects() {
        return new FormClient(cookies, HttpClient.Redirect.NEVER);
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url)).header("Accept", PAGE).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form with the CSRF token of the page it was on. */
    HttpResponse<String> post(String url, HttpResponse<String> page, String... namesAndValues)
            throws IOException, InterruptedException {
        String[] withToken = Arrays.copyOf(namesAndValues, namesAndValues.length + 2);
        withToken[namesAndValues.length] = "_csrf";
        withToken[namesAndValues.length + 1] = csrf(page);
        return post(url, form(withToken));
    }

    HttpResponse<String> post(String url, String form) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", PAGE)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in on identity-service's pages, from its sign-in page: password, then a code. */
    HttpResponse<String> signIn(HttpResponse<String> signInPage, String identityUrl, String username, String password)
            throws IOException, InterruptedException {
        assertThat(signInPage.uri().toString()).startsWith(identityUrl + "/login");
        HttpResponse<String> codePage =
                post(identityUrl + "/login", signInPage, "username", username, "password", password);
        assertThat(codePage.uri().toString()).isEqualTo(identityUrl + "/login/code");
        return AuthenticatorCodes.submit(username, code -> post(identityUrl + "/login/code", codePage, "code", code));
    }

    static String csrf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("a CSRF token on " + page.uri()).isTrue();
        return matcher.group(1);
    }

    static String form(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        StringBuilder repeated = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (fields.containsKey(namesAndValues[i])) {
                repeated.append('&')
                        .append(encode(namesAndValues[i]))
                        .append('=')
                        .append(encode(namesAndValues[i + 1]));
            } else {
                fields.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return fields.entrySet().stream()
                        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                        .collect(Collectors.joining("&"))
                + repeated;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
