package uk.joinedup.identity.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without script over real HTTP: it keeps cookies, follows no redirect by itself, and sends
 * the CSRF token of the last page it was shown with every form it posts.
 */
public class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /** A response, its body read as text. */
    public record Page(int status, String body, HttpHeaders headers) {

        public String location() {
            return headers.firstValue("Location")
                    .orElseThrow(() -> new AssertionError("no Location; status " + status));
        }

        public List<String> cookies() {
            return headers.allValues("Set-Cookie");
        }
    }

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String csrf;

    public Browser(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public String base() {
        return "http://localhost:" + port;
    }

    public Page get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
    }

    /** Posts a form of names and values, with the CSRF token of the last page shown. */
    public Page post(String pathOrUrl, String... namesAndValues) {
        List<String> fields = new ArrayList<>(List.of(namesAndValues));
        if (csrf != null) {
            fields.add("_csrf");
            fields.add(csrf);
        }
        return send(HttpRequest.newBuilder(uri(pathOrUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields.toArray(String[]::new)))));
    }

    /** Follows redirects from a page, as a browser would, to the first that is not one. */
    public Page follow(Page page) {
        Page current = page;
        for (int hops = 0; hops < 10 && current.status() / 100 == 3; hops++) {
            current = get(current.location());
        }
        return current;
    }

    /** Signs in with password and a fresh code; answers the response to the code. */
    public Page signIn(TestUser user) {
        get("/login");
        Page password = post("/login", "username", user.username(), "password", user.password());
        if (!password.location().endsWith("/login/code")) {
            throw new AssertionError("password refused: " + password.location());
        }
        get("/login/code");
        return post("/login/code", "code", user.code());
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .findFirst();
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return new Page(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base() + pathOrUrl);
    }

    public static String form(String... namesAndValues) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!form.isEmpty()) {
                form.append('&');
            }
            form.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }
}
