package uk.joinedup.caseservice.person.index;

import java.util.List;

/**
 * For the family index (not shown to anyone, not logged as a search of its own): every person whose
 * names have all these words, filed under this postcode, with how well they matched. Either may be
 * empty, not both.
 *
 * @param words name words, as {@link NameMatching#words} makes them
 * @param postcode a whole postcode, sector or district, or null
 */
public record FindPeopleMatching(List<String> words, String postcode) {

    public FindPeopleMatching {
        words = List.copyOf(words);
    }

    /**
     * A person who matched.
     *
     * @param score how well their name matched the words (all zero for a postcode alone)
     * @param sortName their name's words, family name first, to put them in order
     */
    public record Matched(String personId, NameMatching.Score score, String sortName) {}
}
