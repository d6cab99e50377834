package uk.joinedup.webui.subjectaccess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import uk.joinedup.webui.govuk.Labels;

/**
 * The kinds of item and the names of fields case-service sends in a subject access response ({@code MemberAdded},
 * {@code recordedByPractitioner}, {@code amendment.1.reason}), in plain English. A kind is labelled {@code
 * kind.<Kind>} as everywhere else, or {@code subjectAccess.kind.<Kind>} for the kinds only a response has; a field
 * {@code fact.<Kind>.<field>} as on the record, or {@code subjectAccess.field.<name>}; one the bundle has no words for
 * is its name split into words ("Member added"), so nothing is shown as code.
 */
final class ItemLabels {

    private static final Pattern WORD_BOUNDARY =
            Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=[0-9])|[_\\-\\s]+");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern OPTION = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final Labels labels;

    ItemLabels(Labels labels) {
        this.labels = labels;
    }

    /** What kind of item it is: "Joined the household", "Support plan". */
    String kind(String kind) {
        if (kind == null) {
            return null;
        }
        return labels.getOrDefault("kind." + kind, labels.getOrDefault("subjectAccess.kind." + kind, words(kind)));
    }

    /**
     * A field of an item of this kind (null for the person's identifiers). A dotted name is a field inside another, numbered where there are several:
     * {@code amendment.1.previous.exclusion} reads "Correction 1: What it said before: Kind of exclusion".
     */
    String field(String kind, String name) {
        String whole = kind == null ? null : labels.getOrDefault("fact." + kind + "." + name, null);
        if (whole != null) {
            return whole;
        }
        List<String> parts = new ArrayList<>();
        for (String part : name.split("\\.")) {
            if (NUMBER.matcher(part).matches() && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " " + part);
            } else {
                String general = labels.getOrDefault("subjectAccess.field." + part, words(part));
                parts.add(kind == null ? general : labels.getOrDefault("fact." + kind + "." + part, general));
            }
        }
        return String.join(": ", parts);
    }

    /** A field's value: a date the GOV.UK way, yes or no, an option in words where the bundle has them. */
    String value(String value) {
        if (value == null) {
            return null;
        }
        if (ISO_DATE.matcher(value).matches()) {
            return Labels.date(LocalDate.parse(value));
        }
        if ("true".equals(value) || "false".equals(value)) {
            return labels.get(Boolean.parseBoolean(value) ? "yes" : "no");
        }
        if (OPTION.matcher(value).matches()) {
            return labels.getOrDefault(
                    "fact.option." + value, labels.getOrDefault("subjectAccess.value." + value, value));
        }
        return value;
    }

    /**
     * A name in code as words: {@code recordedByPractitioner} is "Recorded by practitioner", {@code MemberAdded}
     * "Member added"; an abbreviation keeps its capitals ({@code ESAGroup}, "ESA group").
     */
    static String words(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        List<String> words = new ArrayList<>();
        for (String word : WORD_BOUNDARY.split(name.strip())) {
            if (!word.isEmpty()) {
                boolean abbreviation = word.length() > 1 && word.equals(word.toUpperCase(Locale.UK));
                words.add(abbreviation ? word : word.toLowerCase(Locale.UK));
            }
        }
        String sentence = String.join(" ", words);
        return sentence.isEmpty() ? name : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
