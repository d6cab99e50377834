package uk.joinedup.caseservice.imports.matching;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import uk.joinedup.caseservice.infrastructure.search.NameMatching;

/**
 * Names as the matcher compares them: lower case letters only, accents removed, so that agencies' spellings of
 * the same name agree ("O'Brien-Smith" and "OBRIEN SMITH", "Zoë" and "Zoe"); and the two ways a different
 * spelling may still be the same name: it sounds the same, or one typing slip made it.
 */
final class Names {

    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

    private Names() {}

    /** The letters of a name, lower case without accents; empty if there are none. */
    static String letters(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]", "");
    }

    /** The letters of the first of someone's given names, whole ("Mary-Jane": maryjane); empty if there is none. */
    static String firstGivenName(String givenNames) {
        return NameMatching.words(givenNames).stream().findFirst().orElse("");
    }

    /**
     * The family names someone may have had under their previous full names ("given family"): the words after
     * the first, and each shorter tail of them, so that "Mary Van Der Berg" had "vanderberg" and "Mary Jane
     * Smith" had "smith" (and "janesmith": a full name does not say where the given names end).
     */
    static Set<String> familyNamesBefore(List<String> previousNames) {
        Set<String> names = new HashSet<>();
        for (String previous : previousNames) {
            List<String> words = words(previous);
            for (int first = 1; first < words.size(); first++) {
                names.add(letters(String.join("", words.subList(first, words.size()))));
            }
        }
        return names;
    }

    /** Whether two names share a Double Metaphone code ("Schmidt", "Smith"). */
    static boolean soundAlike(String one, String other) {
        return NameMatching.soundsOf(one).stream().anyMatch(NameMatching.soundsOf(other)::contains);
    }

    /** Whether one typing slip makes one name the other: a letter added, lost or changed, or two swapped. */
    static boolean oneSlip(String one, String other) {
        return ONE_EDIT.apply(one, other) == 1 || twoLettersSwapped(one, other);
    }

    private static boolean twoLettersSwapped(String one, String other) {
        for (int at = 0; at + 1 < one.length(); at++) {
            boolean twoLetters = one.charAt(at) != one.charAt(at + 1);
            if (twoLetters && swapped(one, at).equals(other)) {
                return true;
            }
        }
        return false;
    }

    private static String swapped(String word, int at) {
        return word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.asList(text.strip().split("\\s+"));
    }
}
