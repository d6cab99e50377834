package uk.joinedup.caseservice.views.caseload;

import java.util.List;

/**
 * One page of the people a user registered, {@value Page#SIZE} a page.
 *
 * @param items this page's people
 * @param page this page's number, from 1
 * @param totalResults how many the whole list holds
 * @param totalPages how many pages it takes, at least 1
 */
public record RegisteredPeoplePage(List<RegisteredPerson> items, int page, long totalResults, int totalPages) {

    RegisteredPeoplePage(Page<RegisteredPerson> page) {
        this(page.items(), page.page(), page.totalResults(), page.totalPages());
    }
}
