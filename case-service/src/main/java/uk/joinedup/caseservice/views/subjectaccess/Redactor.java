package uk.joinedup.caseservice.views.subjectaccess;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.joinedup.caseservice.subjectaccess.api.HeldItem;
import uk.joinedup.caseservice.subjectaccess.api.Redaction;
import uk.joinedup.caseservice.subjectaccess.api.Redaction.How;

/**
 * Takes third parties' information out of a subject access response (ADR 32), item by item, pure: no clock,
 * no store.
 * <ul>
 *   <li>An item about another person (a sibling's exclusion, a partner's offence) is <b>removed</b>: only its
 *       id and the reason are left, since even its kind and date would tell something about them.
 *   <li>In any other item, another person's names and identifiers (their person id, NHS number, National
 *       Insurance number, Unique Pupil Number) are <b>marked</b>: replaced by a marker, the rest left, so a
 *       parent link shows that there is a parent but not who.
 *   <li>An item an officer overrode is shown whole, with the redaction it would have had and the officer's
 *       note. An override of an item that no longer needs one changes nothing.
 * </ul>
 * A name is matched whole (not inside a longer word), ignoring case; the person's own names are never taken
 * for someone else's (a mother and daughter may share a given name). Identifiers are matched with or without
 * spaces between their characters.
 */
final class Redactor {

    static final String ABOUT_ANOTHER_PERSON = "About another person: it is their information, not the"
            + " requester's, and is withheld unless they agree or it is reasonable to release it";
    static final String NAMES_ANOTHER_PERSON =
            "Names another person: their name and identifiers are removed, the rest is the requester's";
    static final String NAME_REMOVED = "[another person's name removed]";
    static final String IDENTIFIER_REMOVED = "[another person's identifier removed]";

    /** A name or identifier is not part of a longer word or number. */
    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";

    private static final String AFTER = "(?![\\p{L}\\p{N}])";

    private final String subjectId;
    private final Map<String, Overridden> overrides;
    private final List<Replacement> replacements;

    /**
     * @param subject the person the response answers
     * @param others everyone else whose names or identifiers the response may hold
     * @param overrides the officer's overrides, by item id
     */
    Redactor(Person subject, Collection<Person> others, Map<String, Overridden> overrides) {
        this.subjectId = subject.personId();
        this.overrides = Map.copyOf(overrides);
        Set<String> ownNames = subject.names().stream().map(Redactor::folded).collect(Collectors.toSet());
        List<Replacement> all = new ArrayList<>();
        for (Person other : others) {
            if (other.personId().equals(subjectId)) {
                continue;
            }
            all.add(new Replacement(other.personId(), literal(other.personId()), IDENTIFIER_REMOVED));
            other.identifiers().stream()
                    .filter(identifier -> !identifier.isBlank())
                    .forEach(
                            identifier -> all.add(new Replacement(identifier, spaced(identifier), IDENTIFIER_REMOVED)));
            other.names().stream()
                    .filter(name -> !name.isBlank() && !ownNames.contains(folded(name)))
                    .forEach(name -> all.add(new Replacement(name, literal(name), NAME_REMOVED)));
        }
        // the longest first, so that a full name goes whole before its given name is looked for
        all.sort(Comparator.comparingInt(
                        (Replacement replacement) -> replacement.text().length())
                .reversed());
        this.replacements = List.copyOf(all);
    }

    /** The item as the response shows it. */
    HeldItem redact(Held held) {
        Overridden override = overrides.get(held.itemId());
        if (held.aboutPersonId() != null && !held.aboutPersonId().equals(subjectId)) {
            Redaction removed = redaction(How.REMOVED, ABOUT_ANOTHER_PERSON, List.of(), override);
            return override != null
                    ? shown(held, held.content(), removed)
                    : new HeldItem(held.itemId(), null, null, null, null, Map.of(), removed);
        }
        Map<String, String> marked = new LinkedHashMap<>();
        List<String> fields = new ArrayList<>();
        held.content().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(field -> {
            String value = mark(field.getValue());
            marked.put(field.getKey(), value);
            if (!value.equals(field.getValue())) {
                fields.add(field.getKey());
            }
        });
        if (fields.isEmpty()) {
            return shown(held, held.content(), null);
        }
        Redaction redaction = redaction(How.MARKED, NAMES_ANOTHER_PERSON, fields, override);
        return shown(held, override != null ? held.content() : marked, redaction);
    }

    /** Whether a redacted item is still redacted: not overridden. */
    static boolean redacted(HeldItem item) {
        return item.redaction() != null && !item.redaction().overridden();
    }

    private String mark(String value) {
        String marked = value;
        for (Replacement replacement : replacements) {
            marked = replacement.pattern().matcher(marked).replaceAll(Matcher.quoteReplacement(replacement.marker()));
        }
        return marked;
    }

    private static Redaction redaction(How how, String reason, List<String> fields, Overridden override) {
        return override == null
                ? new Redaction(how, reason, fields, false, null, null)
                : new Redaction(how, reason, fields, true, override.note(), override.by());
    }

    private static HeldItem shown(Held held, Map<String, String> content, Redaction redaction) {
        return new HeldItem(
                held.itemId(), held.kind(), held.occurredOn(), held.recordedBy(), held.category(), content, redaction);
    }

    private static Pattern literal(String text) {
        return Pattern.compile(
                BEFORE + Pattern.quote(text.strip()) + AFTER, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** An identifier with or without spaces between its characters: 943 476 5919 as well as 9434765919. */
    private static Pattern spaced(String identifier) {
        String compact = identifier.replaceAll("\\s", "");
        String pattern = compact.chars()
                .mapToObj(character -> Pattern.quote(String.valueOf((char) character)))
                .collect(Collectors.joining("\\s*"));
        return Pattern.compile(BEFORE + pattern + AFTER, Pattern.CASE_INSENSITIVE);
    }

    private static String folded(String name) {
        return name.strip().toLowerCase(Locale.UK);
    }

    /**
     * An officer's override of one item.
     *
     * @param by the officer, by name
     */
    record Overridden(String note, String by) {}

    private record Replacement(String text, Pattern pattern, String marker) {}
}
