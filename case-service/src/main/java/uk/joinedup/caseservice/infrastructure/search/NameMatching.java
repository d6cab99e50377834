package uk.joinedup.caseservice.infrastructure.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * How a searched word meets a name: the words of a name, the keys a word is filed under (the first three
 * letters and its Double Metaphone codes) and how well a searched word matches a name's words: exactly,
 * as the start of one, or by sound. Used by the person and the family index.
 */
public final class NameMatching {

    /** Names are filed under their first this many letters: long enough to keep the buckets small. */
    public static final int PREFIX_LETTERS = 3;

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    private NameMatching() {}

    /** How well a searched word matched, best first. */
    public enum Kind {
        /** The word is one of the name's words. */
        EXACT,
        /** The word is the start of one of the name's words ("Jon": Jonathan). */
        PREFIX,
        /** The word sounds like one of the name's words ("Smyth": Smith). */
        SOUNDS_LIKE
    }

    /**
     * The words of a name: lower case letters only, accents removed; a hyphenated or apostrophed word
     * counts whole and by its parts ("O'Brien-Smith": obriensmith, obrien, smith).
     */
    public static List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        for (String part : plain.split("[\\s,;/]+")) {
            String whole = part.replaceAll("[^a-z]", "");
            if (whole.isEmpty()) {
                continue;
            }
            words.add(whole);
            for (String piece : part.split("[^a-z']+")) {
                String letters = piece.replace("'", "");
                if (!letters.isEmpty()) {
                    words.add(letters);
                }
            }
        }
        return List.copyOf(words);
    }

    /** The keys a name's word is filed under: its first letters and the codes of its sound. */
    public static List<String> keysOf(String word) {
        List<String> keys = new ArrayList<>();
        keys.add(prefixKey(word));
        soundsOf(word).forEach(code -> keys.add("phon:" + code));
        return keys;
    }

    /**
     * The key a searched word's candidates are filed under by letters: names starting with its first three
     * letters. A name of one or two letters is filed under itself ("prefix:li"), so a word that short,
     * searched alone, finds only that name (and names that sound like it).
     */
    public static String prefixKey(String word) {
        return "prefix:" + word.substring(0, Math.min(PREFIX_LETTERS, word.length()));
    }

    /**
     * Whether a searched word finds its own candidates by key: three letters or more. A shorter word, with
     * longer ones or other details, is only checked against their candidates ("Jo Smith" finds Josh Smith).
     */
    public static boolean keyed(String word) {
        return word.length() >= PREFIX_LETTERS;
    }

    /** Double Metaphone's primary and alternate codes of a word, without blanks or repeats. */
    public static Set<String> soundsOf(String word) {
        Set<String> codes = new LinkedHashSet<>();
        String primary = METAPHONE.doubleMetaphone(word);
        String alternate = METAPHONE.doubleMetaphone(word, true);
        if (primary != null && !primary.isBlank()) {
            codes.add(primary);
        }
        if (alternate != null && !alternate.isBlank()) {
            codes.add(alternate);
        }
        return codes;
    }

    /** How well {@code searched} matches any of {@code words}, or null if it does not. */
    public static Kind match(String searched, Collection<String> words) {
        if (words.contains(searched)) {
            return Kind.EXACT;
        }
        if (words.stream().anyMatch(word -> word.startsWith(searched))) {
            return Kind.PREFIX;
        }
        Set<String> sounds = soundsOf(searched);
        for (String word : words) {
            if (soundsOf(word).stream().anyMatch(sounds::contains)) {
                return Kind.SOUNDS_LIKE;
            }
        }
        return null;
    }

    /** How well every searched word matched a name: the more exact words the better, then the more prefixes. */
    public record Score(int exact, int prefix, int soundsLike) implements Comparable<Score> {

        /** The score of these matches, or null if any searched word did not match (null kind). */
        public static Score of(Collection<Kind> kinds) {
            int exact = 0;
            int prefix = 0;
            int soundsLike = 0;
            for (Kind kind : kinds) {
                if (kind == null) {
                    return null;
                }
                switch (kind) {
                    case EXACT -> exact++;
                    case PREFIX -> prefix++;
                    case SOUNDS_LIKE -> soundsLike++;
                }
            }
            return new Score(exact, prefix, soundsLike);
        }

        /** The weakest way a word matched. */
        public Kind weakest() {
            return soundsLike > 0 ? Kind.SOUNDS_LIKE : prefix > 0 ? Kind.PREFIX : Kind.EXACT;
        }

        /** Better scores first. */
        @Override
        public int compareTo(Score other) {
            int byExact = Integer.compare(other.exact, exact);
            return byExact != 0 ? byExact : Integer.compare(other.prefix, prefix);
        }
    }
}
