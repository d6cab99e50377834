package uk.joinedup.caseservice.family.index;

import java.util.List;

/**
 * One page of the families a search found, best matches first.
 *
 * @param page this page's number, from 1
 * @param pageSize how many families a full page holds
 * @param totalResults how many families were found, on every page
 * @param totalPages how many pages they fill (0 when none was found)
 */
public record FamiliesFound(int page, int pageSize, long totalResults, int totalPages, List<FamilyMatch> results) {

    public static final int PAGE_SIZE = 50;

    public FamiliesFound {
        results = List.copyOf(results);
    }

    static FamiliesFound none(int page) {
        return new FamiliesFound(page, PAGE_SIZE, 0, 0, List.of());
    }
}
