package uk.joinedup.webui.caseservice;

import java.util.List;

/** One page of the referrals awaiting a decision, 50 a page, oldest first. */
public record ReferralPage(List<ReferralSummary> items, int page, long totalResults, int totalPages) {

    public ReferralPage {
        items = items == null ? List.of() : items;
    }
}
