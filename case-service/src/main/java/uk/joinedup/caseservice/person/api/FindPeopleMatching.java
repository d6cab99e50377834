package uk.joinedup.caseservice.person.api;

import java.util.List;

/**
 * For the family index (not shown to anyone, not logged as a search of its own): every person whose
 * names have all these words, filed under this postcode, with how well they matched. Either may be
 * empty, not both.
 *
 * @param words name words, lower case letters only, as the search infrastructure makes them
 * @param postcode a whole postcode, sector or district, or null
 */
public record FindPeopleMatching(List<String> words, String postcode) {

    public FindPeopleMatching {
        words = List.copyOf(words);
    }

    /**
     * A person who matched, and how well: how many words matched a word of their names exactly, as its
     * start, or by sound (all zero for a postcode alone).
     *
     * @param sortName their name's words, family name first, to put them in order
     */
    public record Matched(String personId, int exact, int prefix, int soundsLike, String sortName) {}
}
