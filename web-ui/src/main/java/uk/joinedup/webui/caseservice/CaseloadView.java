package uk.joinedup.webui.caseservice;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of a practitioner's caseload, 50 families a page.
 *
 * @param items this page of the families whose team they are on, those needing attention first
 * @param page this page's number, from 1
 * @param totalResults how many families they work with
 * @param totalPages how many pages those take
 * @param joinRequests requests to join the teams of the families they lead, oldest first
 * @param followUpsDue the open cases they lead, or that nobody leads, which a disengagement rule flags until
 *     someone records a follow-up, the longest waiting first
 */
public record CaseloadView(
        List<CaseSummary> items,
        int page,
        long totalResults,
        int totalPages,
        List<JoinRequestSummary> joinRequests,
        List<FollowUpDue> followUpsDue) {

    public CaseloadView {
        items = items == null ? List.of() : items;
        joinRequests = joinRequests == null ? List.of() : joinRequests;
        followUpsDue = followUpsDue == null ? List.of() : followUpsDue;
    }

    /**
     * A case to follow up: the family has stopped engaging by a rule, and nobody has followed it up since.
     *
     * @param youAreLead whether the user leads the case; if not, nobody does
     * @param rule the rule in words
     * @param facts how many facts of the rule's kind fell within its days
     */
    public record FollowUpDue(
            String familyId,
            String familyName,
            boolean youAreLead,
            String rule,
            int facts,
            LocalDate from,
            LocalDate to) {}

    /** A practitioner asking to join the team around a family the user leads. */
    public record JoinRequestSummary(
            String familyId,
            String familyName,
            String userId,
            String name,
            String agencyName,
            String reason,
            LocalDate requestedOn) {}

    /**
     * One family's case at a glance.
     *
     * @param youAreLead whether the signed-in user is the lead professional
     * @param leadName the lead professional's name, or null
     * @param needsLeadProfessional an open case with nobody leading it
     * @param overdueActions plan actions past their due date
     * @param reviewOverdue the next review date has passed
     */
    public record CaseSummary(
            String familyId,
            String name,
            CaseStatus status,
            boolean youAreLead,
            String leadName,
            boolean needsLeadProfessional,
            int overdueActions,
            int openActions,
            LocalDate nextReviewOn,
            boolean reviewOverdue) {

        public boolean needsAttention() {
            return overdueActions > 0 || reviewOverdue || needsLeadProfessional;
        }
    }
}
