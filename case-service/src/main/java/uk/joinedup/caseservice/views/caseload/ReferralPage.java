package uk.joinedup.caseservice.views.caseload;

import java.util.List;

/**
 * One page of referrals, {@value Page#SIZE} a page.
 *
 * @param items this page's referrals
 * @param page this page's number, from 1
 * @param totalResults how many the whole list holds
 * @param totalPages how many pages it takes, at least 1
 */
public record ReferralPage(List<ReferralSummary> items, int page, long totalResults, int totalPages) {

    ReferralPage(Page<ReferralSummary> page) {
        this(page.items(), page.page(), page.totalResults(), page.totalPages());
    }
}
