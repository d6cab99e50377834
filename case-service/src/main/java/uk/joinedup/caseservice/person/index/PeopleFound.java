package uk.joinedup.caseservice.person.index;

import java.util.List;

/**
 * One page of the people a search found, best matches first.
 *
 * @param page this page's number, from 1
 * @param pageSize how many people a full page holds
 * @param totalResults how many people were found, on every page
 * @param totalPages how many pages they fill (0 when nobody was found)
 */
public record PeopleFound(int page, int pageSize, long totalResults, int totalPages, List<PersonMatch> results) {

    public static final int PAGE_SIZE = 50;

    public PeopleFound {
        results = List.copyOf(results);
    }

    static PeopleFound none(int page) {
        return new PeopleFound(page, PAGE_SIZE, 0, 0, List.of());
    }
}
