package uk.joinedup.webui.govuk;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's real message bundle, as Spring Boot loads it, for tests of code that words pages. */
public final class BundleLabels {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private BundleLabels() {}

    public static MessageSource messages() {
        return MESSAGES;
    }

    public static Labels labels() {
        return new Labels(MESSAGES);
    }

    /** What the user reads for an error a form put on its binding result. */
    public static String message(MessageSourceResolvable error) {
        return MESSAGES.getMessage(error, Locale.UK);
    }
}
