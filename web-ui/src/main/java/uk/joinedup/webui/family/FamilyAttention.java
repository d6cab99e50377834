package uk.joinedup.webui.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.joinedup.webui.caseservice.FamilyView;
import uk.joinedup.webui.govuk.Labels;

/**
 * What needs attention on a family's case, for its summary: each a message and the part of the page
 * where it is dealt with. Only what the user may see: the casework's items need the casework.
 *
 * @param message the message key
 * @param argument what the message says about it (a count or a date), or null
 * @param href the part of the family's page that deals with it
 */
record FamilyAttention(String message, Object argument, String href) {

    /** A review due within this many days is flagged before it is overdue. */
    static final int REVIEW_DUE_WITHIN_DAYS = 14;

    /**
     * @param judgedOn the day what is due is judged by: the day the page shows ({@code asAt}), or today
     * @param asAt the past day the page shows, or null for today
     */
    static List<FamilyAttention> of(FamilyView family, LocalDate judgedOn, LocalDate asAt) {
        List<FamilyAttention> items = new ArrayList<>();
        String id = family.familyId();
        if (family.needsLeadProfessional()) {
            items.add(new FamilyAttention("family.attention.noLead", null, FamilyPart.TEAM.path(id, asAt)));
        }
        if (!family.casework()) {
            return items;
        }
        long undecided = family.undecidedReferrals();
        if (undecided > 0) {
            items.add(
                    new FamilyAttention("family.attention.referrals", undecided, FamilyPart.REFERRALS.path(id, asAt)));
        }
        if (family.mayDecideTransfer() && family.awaitingTransfer().isPresent()) {
            items.add(new FamilyAttention(
                    "family.attention.transfer",
                    family.awaitingTransfer().get().proposedLead().agencyName(),
                    FamilyPart.TEAM.path(id, asAt)));
        }
        if (family.disengagement() != null) {
            items.add(new FamilyAttention(
                    "family.attention.disengaged",
                    family.disengagement().rule(),
                    asAt == null ? "/families/" + id + "/follow-up" : FamilyPart.CHRONOLOGY.path(id, asAt)));
        }
        if (!family.joinRequests().isEmpty()) {
            items.add(new FamilyAttention(
                    "family.attention.joinRequests", family.joinRequests().size(), FamilyPart.TEAM.path(id, asAt)));
        }
        long overdue = family.overdueActions();
        if (overdue > 0) {
            items.add(new FamilyAttention("family.attention.overdueActions", overdue, FamilyPart.PLAN.path(id, asAt)));
        }
        if (family.reviewOverdue()) {
            items.add(new FamilyAttention(
                    "family.attention.reviewOverdue",
                    Labels.date(family.nextReviewOn()),
                    FamilyPart.PLAN.path(id, asAt)));
        } else if (family.open()
                && family.nextReviewOn() != null
                && !family.nextReviewOn().isAfter(judgedOn.plusDays(REVIEW_DUE_WITHIN_DAYS))) {
            items.add(new FamilyAttention(
                    "family.attention.reviewDue", Labels.date(family.nextReviewOn()), FamilyPart.PLAN.path(id, asAt)));
        }
        return items;
    }
}
