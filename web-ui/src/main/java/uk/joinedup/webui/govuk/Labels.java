package uk.joinedup.webui.govuk;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Words from the message bundle for pages built in code: labels, options, dates. */
@Component
public class Labels {

    private static final DateTimeFormatter GOV_UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final MessageSource messages;

    public Labels(MessageSource messages) {
        this.messages = messages;
    }

    public String get(String code, Object... arguments) {
        return messages.getMessage(code, arguments, Locale.UK);
    }

    /** The message for {@code code}, or {@code fallback} when the bundle has none. */
    public String getOrDefault(String code, String fallback) {
        return messages.getMessage(code, null, fallback, Locale.UK);
    }

    /** One option per value, labelled by {@code <prefix><VALUE>}. */
    public List<Choice> choices(String prefix, Enum<?>[] values) {
        return Arrays.stream(values)
                .map(value -> Choice.of(value.name(), get(prefix + value.name())))
                .toList();
    }

    /**
     * One option per value, labelled by {@code <prefix><VALUE>}, with the hint {@code
     * <prefix><VALUE>.hint} where the bundle has one.
     */
    public List<Choice> choicesWithHints(String prefix, Enum<?>[] values) {
        return Arrays.stream(values)
                .map(value -> new Choice(
                        value.name(), get(prefix + value.name()), getOrDefault(prefix + value.name() + ".hint", null)))
                .toList();
    }

    /** A date the GOV.UK way: 27 March 2026. */
    public static String date(LocalDate date) {
        return date == null ? null : GOV_UK_DATE.format(date);
    }
}
