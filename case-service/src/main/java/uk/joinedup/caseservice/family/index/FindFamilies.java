package uk.joinedup.caseservice.family.index;

import java.util.List;
import java.util.Set;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.infrastructure.search.NameMatching;

/**
 * Families whose name, or a current member's name, has every word of {@code name} (exactly, as the start
 * of a word, or by sound), or with a member living in {@code postcode}; one page of them, best first.
 *
 * @param name words of the family's or a member's name, or null
 * @param postcode a whole postcode, sector or district, or null
 * @param page the page wanted, from 1
 */
public record FindFamilies(String name, String postcode, int page, Actor viewer) {

    private static final Set<String> NOT_NAMES = Set.of("family", "household", "the", "and");

    /** The words a family name is searched and filed by: {@link NameMatching#words}, but "family" and the like. */
    public static List<String> words(String name) {
        return NameMatching.words(name).stream()
                .filter(word -> !NOT_NAMES.contains(word))
                .toList();
    }

    /** Families by name, first page. */
    public static FindFamilies byName(String name, Actor viewer) {
        return new FindFamilies(name, null, 1, viewer);
    }
}
