package uk.joinedup.webui.caseservice;

import java.util.List;

/**
 * One page of the people a search found, best matches first.
 *
 * @param page this page's number, from 1
 * @param totalResults how many people were found, on every page
 * @param totalPages how many pages they fill (0 when nobody was found)
 */
public record PeopleFound(int page, int pageSize, long totalResults, int totalPages, List<PersonMatch> results) {

    public PeopleFound {
        results = results == null ? List.of() : results;
    }
}
