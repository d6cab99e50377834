package uk.joinedup.webui.caseservice;

import java.util.List;

/**
 * One page of the families a search found, best matches first.
 *
 * @param page this page's number, from 1
 * @param totalResults how many families were found, on every page
 * @param totalPages how many pages they fill (0 when none was found)
 */
public record FamiliesFound(int page, int pageSize, long totalResults, int totalPages, List<FamilyMatch> results) {

    public FamiliesFound {
        results = results == null ? List.of() : results;
    }
}
