package uk.joinedup.webui.caseservice;

import java.util.List;

/** One page of cases, 50 a page: the open cases nobody leads. */
public record CasePage(List<CaseloadView.CaseSummary> items, int page, long totalResults, int totalPages) {

    public CasePage {
        items = items == null ? List.of() : items;
    }
}
