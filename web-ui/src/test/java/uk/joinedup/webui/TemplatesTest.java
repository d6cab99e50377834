package uk.joinedup.webui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy allows scripts and styles from web-ui's own files only: no template may
 * hold an inline script, an inline event handler, a {@code javascript:} address or an inline style,
 * which browsers would refuse.
 */
class TemplatesTest {

    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HANDLER = Pattern.compile("\\s(?:th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_STYLE =
            Pattern.compile("<style\\b|\\s(?:th:)?style\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern JAVASCRIPT_URL = Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHasInlineScriptEventHandlerOrStyle() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> templates = templates();
        for (Path template : templates) {
            String html = Files.readString(template);
            Matcher scripts = SCRIPT.matcher(html);
            while (scripts.find()) {
                if (!scripts.group(1).matches("(?s).*\\s(?:th:)?src\\s*=.*")) {
                    found.add(template + ": inline <script>");
                }
            }
            if (EVENT_HANDLER.matcher(html).find()) {
                found.add(template + ": inline event handler");
            }
            if (INLINE_STYLE.matcher(html).find()) {
                found.add(template + ": inline style");
            }
            if (JAVASCRIPT_URL.matcher(html).find()) {
                found.add(template + ": javascript: address");
            }
        }
        assertThat(templates).as("templates found").hasSizeGreaterThan(20);
        assertThat(found).isEmpty();
    }

    @Test
    void theRuleSeesAnInlineScriptAndAnEventHandler() {
        assertThat(SCRIPT.matcher("<script>alert(1)</script>").find()).isTrue();
        assertThat("".matches("(?s).*\\s(?:th:)?src\\s*=.*")).isFalse();
        assertThat(EVENT_HANDLER.matcher("<a href=\"#\" onclick=\"go()\">").find())
                .isTrue();
        assertThat(INLINE_STYLE.matcher("<p style=\"color: red\">").find()).isTrue();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            return files.filter(file -> file.toString().endsWith(".html")).toList();
        }
    }
}
