package uk.joinedup.webui.scale;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.StringJoiner;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without JavaScript over plain HTTP: keeps its cookies, posts forms with the CSRF token of the
 * page they are on, and follows redirects itself so that it can stop at one (the authorization code's).
 * Safe to share between threads once signed in.
 */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final int MAX_REDIRECTS = 10;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** One request, its redirect answered rather than followed. */
    HttpResponse<byte[]> getOnce(String url) throws IOException, InterruptedException {
        return http.send(request(url).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return follow(http.send(request(url).build(), HttpResponse.BodyHandlers.ofString()), location -> false);
    }

    /** Posts a form with the CSRF token of {@code page}, following redirects until {@code stopAt} one. */
    HttpResponse<String> post(String url, HttpResponse<String> page, Predicate<String> stopAt, String... namesAndValues)
            throws IOException, InterruptedException {
        StringJoiner form = new StringJoiner("&");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(encode(namesAndValues[i]) + "=" + encode(namesAndValues[i + 1]));
        }
        form.add("_csrf=" + encode(csrf(page)));
        HttpRequest post = request(url)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build();
        return follow(http.send(post, HttpResponse.BodyHandlers.ofString()), stopAt);
    }

    private HttpResponse<String> follow(HttpResponse<String> response, Predicate<String> stopAt)
            throws IOException, InterruptedException {
        for (int redirects = 0; redirects < MAX_REDIRECTS; redirects++) {
            int status = response.statusCode();
            if (status < 300 || status > 399) {
                return response;
            }
            String location = response.uri()
                    .resolve(response.headers().firstValue("Location").orElseThrow())
                    .toString();
            if (stopAt.test(location)) {
                return response;
            }
            response = http.send(request(location).build(), HttpResponse.BodyHandlers.ofString());
        }
        throw new IllegalStateException("More than " + MAX_REDIRECTS + " redirects from " + response.uri());
    }

    private static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No CSRF token on " + page.uri() + " (" + page.statusCode() + ")");
        }
        return matcher.group(1);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
